package org.aftersales.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.aftersales.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Everything under {@code /api/} needs a valid bearer token, checked before the path is matched: a request without
 * one answers 401 whether or not the path exists (nobody learns which paths do) and before its body is read. The
 * exceptions are the service's {@link AnonymousApi} paths.
 */
public class AuthenticatedApi {

    private final CurrentIdentityAssociation identities;
    private final ProblemResponses problems;
    private final AnonymousApi anonymous;

    AuthenticatedApi(CurrentIdentityAssociation identities, ProblemResponses problems, AnonymousApi anonymous) {
        this.identities = identities;
        this.problems = problems;
        this.anonymous = anonymous;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> requireToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.replaceFirst("^/", "").startsWith("api/") || anonymous.permits(path)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? unauthenticated(request) : null)
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> unauthenticated(request));
    }

    private Response unauthenticated(ContainerRequestContext request) {
        return problems.of(401, "Unauthorized", "A valid bearer token is required", List.of(), request.getUriInfo());
    }
}
