package org.aftersales.ticket.dispatch;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.aftersales.ticket.dispatch.DispatchBodies.AssignmentRequest;
import org.aftersales.ticket.dispatch.DispatchBodies.AssignmentView;
import org.aftersales.ticket.dispatch.DispatchBodies.Declination;
import org.aftersales.ticket.dispatch.DispatchBodies.Position;
import org.aftersales.ticket.dispatch.DispatchBodies.Suggestions;
import org.aftersales.ticket.dispatch.DispatchBodies.VisitView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 派工与现场服务: engineer suggestions, assignment with an appointment, check-in and check-out on site. */
@Path("/api/v1/tickets/{id}")
@Tag(name = "Dispatch", description = "派工与现场服务: assignment, appointment, visits on site")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class DispatchResource {

    private static final String NOT_FOUND = "No such ticket in the caller's organisations, or — for an engineer — "
            + "not assigned to the caller";

    private final Dispatcher dispatcher;
    private final Caller caller;

    DispatchResource(Dispatcher dispatcher, Caller caller) {
        this.dispatcher = dispatcher;
        this.caller = caller;
    }

    @GET
    @Path("/engineer-suggestions")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Engineers ranked for the ticket, with the reasons",
            description = "On duty now first, then the skill, then the region, then the fewest open tickets.")
    @APIResponse(responseCode = "200", description = "Every engineer, best first",
            content = @Content(schema = @Schema(implementation = Suggestions.class)))
    @APIResponse(responseCode = "400", description = "Invalid skill or region")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Suggestions suggestions(@PathParam("id") UUID id,
            @Parameter(description = "A device model or fault type; when absent or blank, the model of the ticket's "
                    + "device") @QueryParam("skill") @Size(max = 100) String skill,
            @Parameter(description = "The ticket's region", example = "cn/beijing/haidian")
            @QueryParam("region") @Pattern(regexp = Regions.PATTERN, message = "must be a region path such as "
                    + "cn/beijing/haidian") String region) {
        return dispatcher.suggest(id, skill == null || skill.isBlank() ? null : skill.strip(), region, caller);
    }

    @POST
    @Path("/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Assign an engineer with an appointment (派工)",
            description = "Dispatches a ticket that is ACKNOWLEDGED or DIAGNOSING; a DISPATCHED ticket is assigned "
                    + "again (the earlier assignment is REPLACED). Not possible once the engineer is on site.")
    @APIResponse(responseCode = "200", description = "The new assignment, PENDING the engineer's answer",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", description = "Unknown engineer, an appointment that ends before it begins, "
            + "invalid, missing or unknown fields")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The ticket's status does not allow assignment")
    public AssignmentView assign(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequest body) {
        return AssignmentView.of(dispatcher.assign(id, body, caller));
    }

    @GET
    @Path("/assignment")
    @Authenticated
    @Operation(summary = "The ticket's latest assignment and appointment")
    @APIResponse(responseCode = "200", description = "The assignment",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + ", or never assigned")
    public AssignmentView assignment(@PathParam("id") UUID id) {
        return AssignmentView.of(dispatcher.assignment(id, caller));
    }

    @POST
    @Path("/assignment/acceptance")
    @RolesAllowed(Roles.ENGINEER)
    @Operation(summary = "The assigned engineer accepts the assignment")
    @APIResponse(responseCode = "200", description = "The assignment, ACCEPTED",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The assignment was already accepted")
    public AssignmentView accept(@PathParam("id") UUID id) {
        return AssignmentView.of(dispatcher.accept(id, caller));
    }

    @POST
    @Path("/assignment/declination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENGINEER)
    @Operation(summary = "The assigned engineer declines the assignment, with a reason",
            description = "The ticket stays DISPATCHED without an engineer: an agent must assign it again.")
    @APIResponse(responseCode = "200", description = "The assignment, DECLINED",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason, malformed JSON or unknown fields")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The engineer is already on site")
    public AssignmentView decline(@PathParam("id") UUID id, @NotNull @Valid Declination body) {
        return AssignmentView.of(dispatcher.decline(id, body.reason(), caller));
    }

    @POST
    @Path("/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENGINEER)
    @Operation(summary = "The assigned engineer checks in on site (签到) at the server's time",
            description = "The first check-in of a DISPATCHED ticket is its arrival (ON_SITE) and accepts a pending "
                    + "assignment; later check-ins, while ON_SITE or WAITING, are further visits.")
    @APIResponse(responseCode = "201", description = "Checked in",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "400", description = "A coordinate out of range or without the other one")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already checked in, or the ticket's status allows no visit")
    public Response checkIn(@PathParam("id") UUID id, @Valid Position body, UriInfo uri) {
        VisitView visit = VisitView.of(dispatcher.checkIn(id, body == null ? Position.NONE : body, caller));
        return Response.created(visitsOf(uri, id)).entity(visit).build();
    }

    @POST
    @Path("/check-outs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENGINEER)
    @Operation(summary = "The engineer checks out (签退) at the server's time")
    @APIResponse(responseCode = "200", description = "The visit, now ended",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "400", description = "A coordinate out of range or without the other one")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The caller is not checked in on the ticket")
    public VisitView checkOut(@PathParam("id") UUID id, @Valid Position body) {
        return VisitView.of(dispatcher.checkOut(id, body == null ? Position.NONE : body, caller));
    }

    @GET
    @Path("/visits")
    @Authenticated
    @Operation(summary = "The visits on site: who, checked in and out when and where")
    @APIResponse(responseCode = "200", description = "The visits, oldest first")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<VisitView> visits(@PathParam("id") UUID id) {
        return dispatcher.visits(id, caller).stream().map(VisitView::of).toList();
    }

    private static URI visitsOf(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("/api/v1/tickets/{id}/visits").build(id);
    }
}
