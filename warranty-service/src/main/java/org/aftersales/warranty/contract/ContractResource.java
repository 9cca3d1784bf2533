package org.aftersales.warranty.contract;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/v1/contracts")
@Tag(name = "Contracts", description = "合同: devices of a customer organisation under a published service commitment")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class ContractResource {

    private final ContractDesk desk;
    private final Caller caller;

    ContractResource(ContractDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Draw up a contract", description = "Binds devices of one customer organisation to a published "
            + "version of a service commitment. It applies once activated.")
    @APIResponse(responseCode = "201", description = "The draft contract",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or devices it cannot cover")
    @APIResponse(responseCode = "404", description = "No such commitment version")
    @APIResponse(responseCode = "409", description = "The number exists, or the commitment version is a draft")
    public Response create(@NotNull @Valid NewContract body, UriInfo uri) {
        Contract contract = desk.create(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(contract.id.toString()).build())
                .entity(ContractView.of(contract))
                .build();
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Put a contract in force",
            description = "Publishes aftersales.contract.activated.v1 with the terms other services apply: the service "
                    + "calendar, SLA targets per fault level, pauses, inspection cadence and return visits.")
    @APIResponse(responseCode = "200", description = "The contract, in force",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = "No such contract")
    @APIResponse(responseCode = "409", description = "In force already")
    public ContractView activate(@PathParam("id") UUID id) {
        return ContractView.of(desk.activate(id, caller));
    }

    @POST
    @Path("/{id}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Terminate a contract in force (合同终止)",
            description = "From the day after lastDayInForce its terms no longer apply to new tickets, warranty "
                    + "decisions or plans. Publishes aftersales.contract.terminated.v1.")
    @APIResponse(responseCode = "200", description = "The contract, terminated",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a last day outside the contract's term")
    @APIResponse(responseCode = "403", description = "Not a manager")
    @APIResponse(responseCode = "404", description = "No such contract in the caller's organisations")
    @APIResponse(responseCode = "409", description = "A draft, or terminated already")
    public ContractView terminate(@PathParam("id") UUID id, @NotNull @Valid ContractTermination body) {
        return ContractView.of(desk.terminate(id, body, caller));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A contract")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = "No such contract in the caller's organisations")
    public ContractView get(@PathParam("id") UUID id) {
        return ContractView.of(desk.find(id, caller));
    }

    @GET
    @Authenticated
    @Operation(summary = "The contracts of the caller's organisations")
    @APIResponse(responseCode = "200", description = "The contracts, by number")
    public List<ContractView> list() {
        return desk.list(caller).stream().map(ContractView::of).toList();
    }
}
