package org.aftersales.platform.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import java.util.Map;
import java.util.TreeSet;

/**
 * A test endpoint that tells who the caller is, as the services read it ({@link Caller}), and which request its
 * identity is bound to: the {@code nonce} query parameter as the identity's routing context has it.
 */
@Path("/api/v1/test/identity")
@Authenticated
public class IdentityEchoResource {

    @Inject
    Caller caller;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> echo(@QueryParam("nonce") String nonce) {
        RoutingContext routing = identity.getAttribute(RoutingContext.class.getName());
        return Map.of(
                "username", caller.username(),
                "organisation", caller.organisation().orElse(""),
                "roles", new TreeSet<>(identity.getRoles()),
                "nonce", nonce == null ? "" : nonce,
                "identityNonce", routing == null ? "" : String.valueOf(routing.request().getParam("nonce")));
    }
}
