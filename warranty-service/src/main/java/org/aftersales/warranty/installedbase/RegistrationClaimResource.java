package org.aftersales.warranty.installedbase;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/registration-claims")
@Tag(name = "Installed base", description = "客户档案: the devices of each customer organisation")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class RegistrationClaimResource {

    private final RegistrationClaims claims;
    private final Caller caller;

    RegistrationClaimResource(RegistrationClaims claims, Caller caller) {
        this.claims = claims;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Pending claims on serials",
            description = "Devices registered by an organisation while another held the serial (ADR 0028), oldest "
                    + "first, each with the registered device that holds the serial.")
    @APIResponse(responseCode = "200", description = "The pending claims")
    public List<RegistrationClaims.ClaimView> pending() {
        return claims.pending();
    }

    @POST
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Resolve a pending claim on a serial",
            description = "CONFIRMED: the claiming device becomes the serial's registered one and the device that held "
                    + "it leaves the installed base; REJECTED: the claim leaves it.")
    @APIResponse(responseCode = "200", description = "The resolved claim",
            content = @Content(schema = @Schema(implementation = RegistrationClaims.ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Invalid decision or no reason")
    @APIResponse(responseCode = "404", description = "No pending claim with this device id")
    public RegistrationClaims.ClaimView resolve(@PathParam("id") UUID id,
            @NotNull @Valid RegistrationClaims.Resolution body) {
        return claims.resolve(id, body, caller);
    }
}
