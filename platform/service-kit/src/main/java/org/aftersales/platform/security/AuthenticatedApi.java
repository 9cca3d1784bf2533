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
 * one answers 401 whether or not the path exists (nobody learns which paths do) and before its body is read.
 */
public class AuthenticatedApi {

    private final CurrentIdentityAssociation identities;
    private final ProblemResponses problems;

    AuthenticatedApi(CurrentIdentityAssociation identities, ProblemResponses problems) {
        this.identities = identities;
        this.problems = problems;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> requireToken(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("api/")) {
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
