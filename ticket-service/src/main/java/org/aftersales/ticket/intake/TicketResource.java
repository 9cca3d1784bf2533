package org.aftersales.ticket.intake;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
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
@Idempotent
public class TicketResource {

    private final TicketDesk desk;
    private final TicketClassifier classifier;
    private final TicketSearch search;
    private final Caller caller;

    TicketResource(TicketDesk desk, TicketClassifier classifier, TicketSearch search, Caller caller) {
        this.desk = desk;
        this.classifier = classifier;
        this.search = search;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Register a service ticket (报修) or a consultation (咨询)",
            description = "Customers register for their own organisation, partners for the customer organisations "
                    + "under them. kind is FAULT (the default; needs faultLevel) or CONSULTATION (neither faultLevel "
                    + "nor faultType); channel defaults to PORTAL.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields; "
            + "kind INSPECTION; a FAULT without faultLevel")
    public Response register(@NotNull @Valid NewTicket body, UriInfo uri) {
        Ticket ticket = desk.register(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.id.toString()).build())
                .tag(etag(ticket))
                .entity(TicketView.of(ticket))
                .build();
    }

    @POST
    @Path("/{id}/transitions")
    @Authenticated
    @Operation(summary = "Move the ticket through its lifecycle",
            description = "ACKNOWLEDGE, DIAGNOSE, DISPATCH, ARRIVE, WAIT, RESUME, RESOLVE (with the repair's facts), "
                    + "CONFIRM, REJECT, CLOSE, REOPEN (within the reopen window), CANCEL. Send If-Match with the ETag "
                    + "last read to be told (412) when someone else changed the ticket meanwhile.")
    @APIResponse(responseCode = "200", description = "The ticket after the action, with its new ETag",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid action, missing reason or resolution")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The action is not allowed in the ticket's status")
    @APIResponse(responseCode = "412", description = "The ticket changed since the If-Match version")
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Ticket ticket = desk.transition(id, body, version(ifMatch), caller);
        return Response.ok(TicketView.of(ticket)).tag(etag(ticket)).build();
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(summary = "Every change of the ticket's status: who, when, from, to and why")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return desk.history(id, caller).stream().map(TransitionView::of).toList();
    }

    /** One change of status, as the API shows it. */
    public record TransitionView(
            @Schema(description = "What was done, e.g. ACKNOWLEDGE or WAIT", required = true) TicketAction action,
            @Schema(description = "The status before", required = true) TicketStatus fromStatus,
            @Schema(description = "The status after", required = true) TicketStatus toStatus,
            @Schema(description = "Why, for an action that needs a reason; null otherwise") String reason,
            @Schema(description = "Who did it") String changedBy,
            @Schema(description = "When (ISO-8601, UTC)", required = true) Instant changedAt) {

        static TransitionView of(TicketTransition t) {
            return new TransitionView(t.action, t.fromStatus, t.toStatus, t.reason, t.changedBy, t.changedAt);
        }
    }

    private static EntityTag etag(Ticket ticket) {
        return new EntityTag(Long.toString(ticket.version));
    }

    /** The version named by an If-Match header ({@code "3"} or {@code W/"3"}); null when absent or {@code *}. */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match must be an ETag this API gave out",
                    List.of(new FieldProblem("If-Match", "must be a ticket ETag such as \"3\"")));
        }
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A ticket")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    public Response get(@PathParam("id") UUID id) {
        Ticket ticket = desk.find(id, caller);
        return Response.ok(TicketView.of(ticket)).tag(etag(ticket)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Search tickets (工单查询), newest first",
            description = "Only tickets of the caller's organisations: customers their own, partners those under them, "
                    + "vendor staff all. Dates are days in Asia/Shanghai, both inclusive.")
    @APIResponse(responseCode = "200", description = "A page of tickets and how many match in all",
            content = @Content(schema = @Schema(implementation = TicketPage.class)))
    @APIResponse(responseCode = "400", description = "A query parameter that cannot be read, named in errors")
    public TicketPage list(@BeanParam TicketListQuery query) {
        return search.search(query.filter(), caller);
    }

    @POST
    @Path("/{id}/classification")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Classify the fault (故障分级与分类): its level and type",
            description = "Recorded with who and when (GET .../classifications). A change of level recomputes the SLA "
                    + "targets. Send If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "The ticket as classified, with its new ETag",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown fault level or type")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    @APIResponse(responseCode = "409",
            description = "A consultation, or a resolved, confirmed, closed or cancelled ticket")
    @APIResponse(responseCode = "412", description = "The ticket changed since the If-Match version")
    public Response classify(@PathParam("id") UUID id, @NotNull @Valid ClassificationRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Ticket ticket = classifier.classify(id, body, version(ifMatch), caller);
        return Response.ok(TicketView.of(ticket)).tag(etag(ticket)).build();
    }

    @GET
    @Path("/{id}/classifications")
    @Authenticated
    @Operation(summary = "Every classification of the ticket: who, when, level and type before and after")
    @APIResponse(responseCode = "200", description = "The classifications, oldest first")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    public List<ClassificationView> classifications(@PathParam("id") UUID id) {
        return classifier.classifications(id, caller).stream().map(ClassificationView::of).toList();
    }

    /** One classification, as the API shows it. */
    public record ClassificationView(
            @Schema(description = "The fault level (故障等级) before; null when the ticket had none", nullable = true)
            FaultLevel fromLevel,
            @Schema(description = "The fault level after", required = true) FaultLevel toLevel,
            @Schema(description = "The fault type (故障类型) before; null when it was not yet known", nullable = true)
            FaultType fromType,
            @Schema(description = "The fault type after", required = true) FaultType toType,
            @Schema(description = "The agent who classified it") String classifiedBy,
            @Schema(description = "When (ISO-8601, UTC)", required = true) Instant classifiedAt) {

        static ClassificationView of(TicketClassification c) {
            return new ClassificationView(c.fromLevel, c.toLevel, c.fromType, c.toType, c.classifiedBy, c.classifiedAt);
        }
    }
}
