package org.aftersales.parts.oldpart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Organisations;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/part-returns")
@Tag(name = "Old parts", description = "旧件: faulty parts back from repairs, tested, scrapped, repaired or sent "
        + "to the manufacturer (RMA)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class OldPartResource {

    private final OldParts oldParts;
    private final Caller caller;

    OldPartResource(OldParts oldParts, Caller caller) {
        this.oldParts = oldParts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PARTS_CLERK, Roles.QUALITY, Roles.MANAGER, Roles.ENGINEER, Roles.PARTNER})
    @Operation(summary = "Old parts, by when they are expected back",
            description = "overdue=true: only those still expected after that time, e.g. per engineer or partner. "
                    + "An engineer sees theirs; a partner those of its own warehouses.")
    @APIResponse(responseCode = "200", description = "A page of old parts",
            content = @Content(schema = @Schema(implementation = OldPart.Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public OldPart.Page list(
            @QueryParam("ticket") String ticket,
            @QueryParam("status") OldPartStatus status,
            @QueryParam("engineer") @Size(max = 100) String engineer,
            @QueryParam("partner") @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path")
            String partner,
            @QueryParam("overdue") @Pattern(regexp = "true|false", message = "must be true or false") String overdue,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return oldParts.list(QueryParameters.uuid("ticket", ticket), status, engineer, partner,
                Boolean.parseBoolean(overdue), Integer.parseInt(page), Integer.parseInt(size), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTS_CLERK, Roles.QUALITY, Roles.MANAGER, Roles.ENGINEER, Roles.PARTNER})
    @Operation(summary = "An old part")
    @APIResponse(responseCode = "200", description = "The old part",
            content = @Content(schema = @Schema(implementation = OldPart.View.class)))
    @APIResponse(responseCode = "404", description = "No such old part among the caller's")
    public OldPart.View get(@PathParam("id") UUID id) {
        return oldParts.view(id, caller);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.QUALITY, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Receive, test, scrap, repair into stock, send to the manufacturer or close its RMA",
            description = "RECEIVE {warehouseId} (parts-clerk, partner); TEST {verdict, cause with "
                    + "NOT_QUALITY_PROBLEM, "
                    + "reason} (quality; publishes aftersales.old-part.tested.v1); SCRAP (parts-clerk, manager); "
                    + "REPAIR_INTO_STOCK (parts-clerk; a RECEIPT at the warehouse it came back to); "
                    + "SEND_TO_MANUFACTURER {rmaNumber, shipment}; CLOSE_RMA {outcome} (parts-clerk).")
    @APIResponse(responseCode = "200", description = "The old part after the step",
            content = @Content(schema = @Schema(implementation = OldPart.View.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "404", description = "No such old part (or warehouse) among the caller's")
    @APIResponse(responseCode = "409", description = "Its status does not allow this step")
    public OldPart.View transition(@PathParam("id") UUID id, @NotNull @Valid OldPartTransition body) {
        return oldParts.transition(id, body, caller);
    }
}
