package org.aftersales.ticket.escalation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketDesk;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 升级: a ticket's escalations, and escalating it by hand. */
@Path("/api/v1/tickets/{id}/escalations")
@Tag(name = "Escalation", description = "升级: engineer → senior engineer → manager → leadership")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class EscalationResource {

    private final TicketDesk desk;
    private final Escalations escalations;
    private final Caller caller;
    private final Clock clock;

    EscalationResource(TicketDesk desk, Escalations escalations, Caller caller, Clock clock) {
        this.clock = clock;
        this.desk = desk;
        this.escalations = escalations;
        this.caller = caller;
    }

    /** The body of {@code POST /api/v1/tickets/{id}/escalations}. */
    @Schema(name = "EscalationRequest")
    public record EscalationRequest(
            @Schema(description = "Why the ticket needs someone more senior", examples = "客户对处理进度不满意")
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** One escalation as the API shows it. */
    @Schema(name = "Escalation")
    public record EscalationView(
            @Schema(description = "Who answered for the ticket before", required = true) EscalationLevel fromLevel,
            @Schema(description = "Who answers for it now", required = true) EscalationLevel toLevel,
            @Schema(description = "HAND (by an agent or manager), BREACH (an SLA target) or REJECTION (the customer"
                    + " rejected the result)", required = true) EscalationTrigger trigger,
            @Schema(description = "Why; null when the trigger says it all") String reason,
            @Schema(description = "Who escalated it; sla-clock for a breach") String escalatedBy,
            @Schema(description = "When (ISO-8601, UTC)", required = true) Instant escalatedAt) {

        static EscalationView of(Escalation e) {
            return new EscalationView(e.fromLevel, e.toLevel, e.trigger, e.reason, e.escalatedBy, e.escalatedAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    @Transactional
    @Operation(summary = "Escalate the ticket one level by hand",
            description = "ENGINEER → SENIOR_ENGINEER → MANAGER → LEADERSHIP. A ticket is also escalated when the "
                    + "customer rejects the result and when an SLA target is breached.")
    @APIResponse(responseCode = "201", description = "Escalated; the ticket shows its new escalationLevel",
            content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason, malformed JSON or unknown fields")
    @APIResponse(responseCode = "404", description = "No such ticket")
    @APIResponse(responseCode = "409", description = "The ticket is already at LEADERSHIP")
    public Response escalate(@PathParam("id") UUID id, @NotNull @Valid EscalationRequest body, UriInfo uri) {
        Ticket ticket = desk.find(id, caller);
        Escalation escalation = escalations
                .escalate(id, EscalationTrigger.HAND, body.reason().strip(), caller.username(), Instant.now(clock))
                .orElseThrow(() -> ProblemException.conflict(
                        "The ticket is already escalated to " + ticket.escalationLevel + ", the top level"));
        return Response.created(uri.getAbsolutePath()).entity(EscalationView.of(escalation)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The ticket's escalations, oldest first")
    @APIResponse(responseCode = "200", description = "The escalations")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    public List<EscalationView> list(@PathParam("id") UUID id) {
        desk.find(id, caller);
        return escalations.of(id).stream().map(EscalationView::of).toList();
    }
}
