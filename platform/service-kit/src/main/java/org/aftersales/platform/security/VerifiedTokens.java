package org.aftersales.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once for its lifetime (ADR 0042). As an {@link IdentityProvider} ahead of quarkus-oidc's, it
 * answers a token that quarkus-oidc has verified before, and not yet expired, with the identity made of it then, bound
 * to this request; any other token it leaves to quarkus-oidc. As the first {@link SecurityIdentityAugmentor}, it keeps
 * each identity quarkus-oidc has just made of a bearer token, until the token's {@code exp}. A token that fails
 * verification is never kept, so it fails again on every request.
 *
 * <p>Expiry is read on the system clock, as quarkus-oidc reads it, not on the services' {@link Clock} bean (tests fix
 * that one). {@code aftersales.security.verified-tokens} caps how many tokens a replica keeps (0: none, every request
 * is verified); the meter {@code aftersales.bearer.tokens} counts, per {@code verification}, the tokens verified by
 * quarkus-oidc ({@code verified}) and those answered from what was kept ({@code kept}).
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    /** Marks an identity answered from what was kept, so it is not kept again. */
    static final String KEPT_ATTRIBUTE = "aftersales.verified-token.kept";

    private final VerifiedTokenCache<SecurityIdentity> cache;
    private final Clock clock = Clock.systemUTC();
    private final Counter verified;
    private final Counter kept;

    VerifiedTokens(@ConfigProperty(name = "aftersales.security.verified-tokens", defaultValue = "1000") int capacity,
            MeterRegistry registry) {
        this.cache = new VerifiedTokenCache<>(capacity);
        this.verified = counter(registry, "verified");
        this.kept = counter(registry, "kept");
    }

    private static Counter counter(MeterRegistry registry, String verification) {
        return Counter.builder("aftersales.bearer.tokens")
                .description("Bearer tokens of requests, verified by quarkus-oidc or answered from those verified before")
                .tag("verification", verification).register(registry);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!(request.getToken() instanceof AccessTokenCredential) || routing == null) {
            return Uni.createFrom().nullItem();
        }
        return cache.find(request.getToken().getToken(), clock.instant())
                .map(identity -> {
                    kept.increment();
                    return Uni.createFrom().item(forRequest(identity, routing, context));
                })
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    /**
     * The values of an identity's attributes that belong to the request that made it: a kept identity holds these
     * placeholders instead, so that it keeps no request (nor its body) alive, and each request gets its own.
     */
    private enum RequestBound {
        ROUTING, AUTHENTICATION
    }

    /** {@code identity} with placeholders for its request's routing and authentication contexts. */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        return copy(identity, value -> value instanceof RoutingContext ? RequestBound.ROUTING
                : value instanceof AuthenticationRequestContext ? RequestBound.AUTHENTICATION : value).build();
    }

    /** The kept identity bound to this request's routing and authentication contexts, and marked as kept. */
    private static SecurityIdentity forRequest(SecurityIdentity identity, RoutingContext routing,
            AuthenticationRequestContext context) {
        return copy(identity, value -> value == RequestBound.ROUTING ? routing
                : value == RequestBound.AUTHENTICATION ? context : value)
                .addAttribute(KEPT_ATTRIBUTE, Boolean.TRUE).build();
    }

    /** A copy of {@code identity} whose attributes hold {@code replace} of their values. */
    private static QuarkusSecurityIdentity.Builder copy(SecurityIdentity identity, UnaryOperator<Object> replace) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder(identity);
        identity.getAttributes().forEach((name, value) -> copy.addAttribute(name, replace.apply(value)));
        return copy;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || identity.getAttribute(KEPT_ATTRIBUTE) != null) {
            return Uni.createFrom().item(identity);
        }
        verified.increment();
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            cache.keep(token.getToken(), withoutRequest(identity), Instant.ofEpochSecond(jwt.getExpirationTime()),
                    clock.instant());
        }
        return Uni.createFrom().item(identity);
    }

    /**
     * Ahead of the providers that verify tokens (quarkus-oidc's has the default, 1001), and the first augmentor, so
     * that it keeps the identity as quarkus-oidc made it: later augmentors run on the kept identity again.
     */
    @Override
    public int priority() {
        return 2000;
    }
}
