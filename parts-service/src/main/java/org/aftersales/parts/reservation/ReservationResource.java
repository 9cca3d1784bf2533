package org.aftersales.parts.reservation;

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

@Path("/api/v1/reservations")
@Tag(name = "Reservations", description = "备件预留: stock set aside for a ticket, never oversold")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class ReservationResource {

    private final ReservationDesk desk;
    private final Caller caller;

    ReservationResource(ReservationDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Reserve stock of a part at a location for a ticket",
            description = "Succeeds only while available stock covers it; the database refuses an oversell however "
                    + "many requests race. Released unless issued within the hold time. A REPLACEMENT or "
                    + "SUPPLEMENTARY part needs a reason and waits for a manager's approval (seed 001). An engineer "
                    + "reserves for the tickets assigned to them.")
    @APIResponse(responseCode = "201", description = "Reserved",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "403", description = "The ticket is not assigned to the engineer")
    @APIResponse(responseCode = "404", description = "No such part, or no such warehouse among the caller's")
    @APIResponse(responseCode = "409", description = "Not enough available stock: the detail names the shortage")
    public Response reserve(@NotNull @Valid NewReservation body, UriInfo uri) {
        ReservationView reservation = desk.reserve(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(reservation.id().toString()).build())
                .entity(reservation).build();
    }

    @GET
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.QUALITY, Roles.PARTNER})
    @Operation(summary = "Reservations the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "A page of reservations",
            content = @Content(schema = @Schema(implementation = ReservationView.Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public ReservationView.Page list(
            @QueryParam("ticket") String ticket,
            @QueryParam("status") ReservationStatus status,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return desk.list(QueryParameters.uuid("ticket", ticket), status, Integer.parseInt(page),
                Integer.parseInt(size), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.QUALITY, Roles.PARTNER})
    @Operation(summary = "A reservation")
    @APIResponse(responseCode = "200", description = "The reservation",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "404", description = "No such reservation among the caller's")
    public ReservationView get(@PathParam("id") UUID id) {
        return desk.view(id, caller);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTS_CLERK, Roles.ENGINEER, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Approve, refuse, issue, consume, return or release a reservation",
            description = "APPROVE / REFUSE (manager; a refusal keeps its reason) a replacement or supplementary "
                    + "part; ISSUE to an engineer or site (parts-clerk, partner; serial-tracked parts by serial); "
                    + "CONSUME on the repair or RETURN unused (engineer, parts-clerk, partner); RELEASE while it holds "
                    + "stock. Each writes its ledger entry and its event.")
    @APIResponse(responseCode = "200", description = "The reservation after the step",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow this step, or the ticket is "
            + "not assigned to the engineer")
    @APIResponse(responseCode = "404", description = "No such reservation among the caller's")
    @APIResponse(responseCode = "409", description = "The reservation's status does not allow this step")
    public ReservationView transition(@PathParam("id") UUID id, @NotNull @Valid ReservationTransition body) {
        return desk.transition(id, body, caller);
    }
}
