package org.aftersales.ticket.intake;

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
import java.util.UUID;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tickets")
@Tag(name = "Tickets", description = "工单: service requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    private final TicketDesk desk;
    private final Caller caller;

    TicketResource(TicketDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Register a service ticket (报修)",
            description = "Customers register for their own organisation, partners for the customer organisations under them.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    public Response register(@NotNull @Valid NewTicket body, UriInfo uri) {
        Ticket ticket = desk.register(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.id.toString()).build())
                .entity(TicketView.of(ticket))
                .build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A ticket")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    public TicketView get(@PathParam("id") UUID id) {
        return TicketView.of(desk.find(id, caller));
    }
}
