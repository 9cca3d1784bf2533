package org.aftersales.platform.ratelimit;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.platform.problem.ProblemResponses;
import org.aftersales.platform.security.AnonymousApi;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The rate limit per verified client: a token bucket per client application ({@code azp}) and token subject
 * ({@code sub}), read from the token quarkus-oidc has verified, so that the same caller gets the same bucket
 * whatever bearer text it sends (another token, padding, another base64 alphabet), and a random string gets none
 * (it is refused with 401). Exceeding it answers 429 problem+json with {@code Retry-After}. The gateway adds a
 * ceiling per client address for everything, unauthenticated requests and invalid tokens included (ADR 0026).
 * A caller without a verified token on one of the service's {@link AnonymousApi} paths is limited per remote address
 * instead, at its own, lower rate ({@code anonymous-per-second}, {@code anonymous-burst}); behind the gateway that
 * address is the gateway's unless the service is told to trust its forwarding headers
 * ({@code quarkus.http.proxy.*}), so the anonymous paths then share one ceiling per gateway replica (ADR 0027).
 */
@ApplicationScoped
public class ClientRateLimit {

    private final RateLimitConfig config;
    private final CurrentIdentityAssociation identities;
    private final ProblemResponses problems;
    private final AnonymousApi anonymous;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> anonymousBuckets = new ConcurrentHashMap<>();

    ClientRateLimit(RateLimitConfig config, CurrentIdentityAssociation identities, ProblemResponses problems,
            AnonymousApi anonymous) {
        this.config = config;
        this.identities = identities;
        this.problems = problems;
        this.anonymous = anonymous;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        boolean anonymousPath = anonymous.permits(request.getUriInfo().getPath());
        return identities.getDeferredIdentity()
                .map(identity -> {
                    Optional<String> client = client(identity);
                    if (client.isPresent()) {
                        return take(client.get());
                    }
                    return anonymousPath ? takeAnonymous(http) : null;
                })
                // An invalid token is refused by the authorization that follows, as without a limit; on an anonymous
                // path, where nothing may refuse it, it counts against the address like no token at all.
                .onFailure().recoverWithItem(() -> anonymousPath ? takeAnonymous(http) : null);
    }

    private Response take(String client) {
        return answer(buckets.computeIfAbsent(client, c -> new TokenBucket(config.perSecond(), config.burst(),
                System.nanoTime())).take(System.nanoTime()));
    }

    private Response takeAnonymous(HttpServerRequest http) {
        String address = http.remoteAddress() == null ? "" : http.remoteAddress().hostAddress();
        return answer(anonymousBuckets.computeIfAbsent(address, a -> new TokenBucket(config.anonymousPerSecond(),
                config.anonymousBurst(), System.nanoTime())).take(System.nanoTime()));
    }

    private Response answer(Duration wait) {
        if (wait.isZero()) {
            return null;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.fromResponse(problems.of(429, "Too Many Requests",
                        "Too many requests from this client; retry after " + seconds + " s", List.of(), null))
                .header("Retry-After", seconds).build();
    }

    /** {@code azp:sub} of a verified token; none for an anonymous caller. */
    static Optional<String> client(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object party = token.getClaim("azp");
        return Optional.of((party == null ? "" : party) + ":" + token.getSubject());
    }

    /** Forgets the buckets that are full again, so that the map holds only clients active within the burst time. */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        anonymousBuckets.values().removeIf(bucket -> bucket.isFull(now));
    }
}
