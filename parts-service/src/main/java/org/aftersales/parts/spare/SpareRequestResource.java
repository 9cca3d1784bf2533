package org.aftersales.parts.spare;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/spare-requests")
@Tag(name = "Spare requests", description = "备品备件到场: a spare part or backup unit on site within the contract's "
        + "target (seed 000: 4 hours, 7×24)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class SpareRequestResource {

    private static final String NOT_FOUND = "No such spare request among the caller's (an engineer: of their tickets)";

    private final SpareRequests requests;
    private final Caller caller;

    SpareRequestResource(SpareRequests requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ENGINEER, Roles.AGENT, Roles.PARTS_CLERK, Roles.MANAGER})
    @Operation(summary = "Request a spare part or a backup unit of a model on site for a ticket",
            description = "Starts its delivery deadline: the spares.delivery of the contract in force for the "
                    + "ticket's organisation and device, else 4 hours, on a 7×24 calendar; warning at the contract's "
                    + "warningAtPercent (default 75). An engineer only for tickets assigned to them.")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(schema = @Schema(implementation = SpareRequest.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, neither or both of part and model, or an "
            + "organisation that is not the ticket's")
    @APIResponse(responseCode = "403", description = "An engineer for a ticket not assigned to them")
    @APIResponse(responseCode = "404", description = "No such part")
    public Response request(@NotNull @Valid NewSpareRequest body, UriInfo uri) {
        SpareRequest.View request = requests.request(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(request.id().toString()).build())
                .entity(request).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ENGINEER, Roles.AGENT, Roles.PARTS_CLERK, Roles.MANAGER})
    @Operation(summary = "PICK, DISPATCH {warehouseId, eta}, DELIVER {receivedBy, deliveredAt?} or CANCEL {reason}",
            description = "Delivery meets the deadline (MET, or MET_LATE after it); cancelling cancels it.")
    @APIResponse(responseCode = "200", description = "Done",
            content = @Content(schema = @Schema(implementation = SpareRequest.View.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a field the step needs is missing")
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow the step")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The request's status does not allow the step")
    public SpareRequest.View step(@PathParam("id") UUID id, @NotNull @Valid SpareRequestStep body) {
        return requests.step(id, body, caller);
    }

    @GET
    @RolesAllowed({Roles.ENGINEER, Roles.AGENT, Roles.PARTS_CLERK, Roles.MANAGER, Roles.QUALITY, Roles.PARTNER,
        Roles.CUSTOMER})
    @Operation(summary = "Spare requests, newest first, by ticket and status")
    @APIResponse(responseCode = "200", description = "A page of spare requests",
            content = @Content(schema = @Schema(implementation = SpareRequest.Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public SpareRequest.Page list(
            @QueryParam("ticket") String ticket,
            @QueryParam("status") SpareRequestStatus status,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return requests.list(QueryParameters.uuid("ticket", ticket), status, Integer.parseInt(page),
                Integer.parseInt(size), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ENGINEER, Roles.AGENT, Roles.PARTS_CLERK, Roles.MANAGER, Roles.QUALITY, Roles.PARTNER,
        Roles.CUSTOMER})
    @Operation(summary = "A spare request with its delivery deadline and breaches")
    @APIResponse(responseCode = "200", description = "The spare request",
            content = @Content(schema = @Schema(implementation = SpareRequest.View.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SpareRequest.View get(@PathParam("id") UUID id) {
        return requests.view(id, caller);
    }

    @GET
    @Path("/{id}/suggested-warehouses")
    @RolesAllowed({Roles.ENGINEER, Roles.AGENT, Roles.PARTS_CLERK, Roles.MANAGER})
    @Operation(summary = "Warehouses with available stock to serve the request, nearest first, with reasons",
            description = "The assigned engineer's van first (ASSIGNED_ENGINEERS_VAN), then the site's region "
                    + "(SAME_REGION), then the rest (ELSEWHERE); within each the most available first.")
    @APIResponse(responseCode = "200", description = "The ranked warehouses")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<ServingWarehouse> suggestedWarehouses(@PathParam("id") UUID id) {
        return requests.servingWarehouses(id, caller);
    }
}
