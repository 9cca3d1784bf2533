package org.aftersales.platform.ratelimit;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The rate limit per verified client: a token bucket per client application ({@code azp}) and token subject
 * ({@code sub}), read from the token quarkus-oidc has verified, so that the same caller gets the same bucket
 * whatever bearer text it sends (another token, padding, another base64 alphabet), and a random string gets none
 * (it is refused with 401). Exceeding it answers 429 problem+json with {@code Retry-After}. The gateway adds a
 * ceiling per client address for everything, unauthenticated requests and invalid tokens included (ADR 0026).
 */
@ApplicationScoped
public class ClientRateLimit {

    private final RateLimitConfig config;
    private final CurrentIdentityAssociation identities;
    private final ProblemResponses problems;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimit(RateLimitConfig config, CurrentIdentityAssociation identities, ProblemResponses problems) {
        this.config = config;
        this.identities = identities;
        this.problems = problems;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public Uni<Response> limit(ContainerRequestContext request) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> client(identity).map(client -> take(client)).orElse(null))
                // An invalid token is refused by the authorization that follows, as without a limit.
                .onFailure().recoverWithNull();
    }

    private Response take(String client) {
        Duration wait = buckets.computeIfAbsent(client, c -> new TokenBucket(config.perSecond(), config.burst(),
                System.nanoTime())).take(System.nanoTime());
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
    }
}
