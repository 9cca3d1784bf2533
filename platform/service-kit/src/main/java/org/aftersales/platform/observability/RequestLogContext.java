package org.aftersales.platform.observability;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts who and what a request is into every log line it causes: {@code requestId} (the gateway's
 * {@code X-Request-Id}, or a new one when a request comes without a sane one) and {@code caller}, the verified
 * token's client and subject ({@code portal/8c1e…}) — ids, never names, phone numbers or e-mail addresses.
 * OpenTelemetry adds {@code traceId} and {@code spanId} itself.
 */
public class RequestLogContext {

    static final String REQUEST_ID = "requestId";
    static final String CALLER = "caller";
    /** What the gateway passes on unchanged (deploy/gateway/README.md). */
    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:@/+=~-]{1,128}");

    private final CurrentIdentityAssociation identity;

    RequestLogContext(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    @ServerRequestFilter(preMatching = true)
    void requestId(ContainerRequestContext request) {
        String requestId = request.getHeaderString("X-Request-Id");
        MDC.put(REQUEST_ID, requestId != null && SANE_REQUEST_ID.matcher(requestId).matches()
                ? requestId : UUID.randomUUID().toString().replace("-", ""));
        MDC.remove(CALLER);
    }

    @ServerRequestFilter
    Uni<Void> caller() {
        return identity.getDeferredIdentity()
                .invoke(caller -> MDC.put(CALLER, callerOf(caller)))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** The caller as ids only: {@code <client>/<subject>}, or {@code anonymous}. */
    static String callerOf(SecurityIdentity caller) {
        if (caller == null || caller.isAnonymous()) {
            return "anonymous";
        }
        if (caller.getPrincipal() instanceof JsonWebToken token) {
            String client = token.getClaim("azp");
            return (client == null ? "-" : client) + "/" + token.getSubject();
        }
        return "-";
    }
}
