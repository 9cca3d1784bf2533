package org.aftersales.complaint.handling;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
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

@Path("/api/v1/complaints")
@Tag(name = "Complaints", description = "投诉: complaints from receipt to follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class ComplaintResource {

    private final ComplaintDesk desk;
    private final ComplaintSearch search;
    private final Caller caller;

    ComplaintResource(ComplaintDesk desk, ComplaintSearch search, Caller caller) {
        this.desk = desk;
        this.search = search;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER})
    @Operation(summary = "Register a complaint (《客户投诉登记反馈表》)",
            description = "Customers and partners register for their own organisations; vendor staff may leave "
                    + "customerOrganisation out for a walk-in complainant. The record number TS-<year>-<6 digits> is "
                    + "assigned here. A REGULATOR channel or regulatorInvolved makes it SERIOUS; a SERIOUS one starts "
                    + "with the quality department. The contact deadline starts.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new complaint",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields; no contact")
    public Response register(@NotNull @Valid NewComplaint body, UriInfo uri) {
        Complaint c = desk.register(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .tag(Versions.etag(c.version)).entity(ComplaintView.of(c)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Search complaints, newest first", description = "Only the caller's organisations'.")
    @APIResponse(responseCode = "200", description = "A page of complaints",
            content = @Content(schema = @Schema(implementation = ComplaintPage.class)))
    @APIResponse(responseCode = "400", description = "A query parameter that cannot be read, named in errors")
    public ComplaintPage list(@Valid @BeanParam ComplaintListQuery query) {
        return search.search(query.filter(), caller);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A complaint")
    @APIResponse(responseCode = "200", description = "The complaint, with its ETag",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's organisations")
    public Response get(@PathParam("id") UUID id) {
        return view(desk.find(id, caller));
    }

    @POST
    @Path("/{id}/transitions")
    @Authenticated
    @Operation(summary = "Move the complaint through its lifecycle",
            description = "CONTACT (promisedReplyAt), INVESTIGATE (investigation), DETERMINE (determination; a "
                    + "quality problem needs a PHOTO attached), APPROVE (optional preventiveAction), "
                    + "REQUEST_REVISION (reason), START_SOLUTION, SOLVE, CONFIRM_SOLUTION, REJECT_SOLUTION (reason: "
                    + "reopens one level up), CLOSE. Send If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "The complaint after the action, with its new ETag",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "Invalid action or a missing part the action needs")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The action is not allowed in the complaint's status")
    @APIResponse(responseCode = "412", description = "The complaint changed since the If-Match version")
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(desk.transition(id, body, Versions.ifMatch(ifMatch), caller));
    }

    @POST
    @Path("/{id}/escalations")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Escalate the complaint one level by hand (agent → quality → manager → general manager)")
    @APIResponse(responseCode = "200", description = "The complaint at its new level",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "Closed, or already with the general manager")
    @APIResponse(responseCode = "412", description = "The complaint changed since the If-Match version")
    public Response escalate(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(desk.escalateByHand(id, body.reason(), Versions.ifMatch(ifMatch), caller));
    }

    @POST
    @Path("/{id}/urgent")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Flag a special case (特殊情况): its decision is due within the urgent target (24 h)")
    @APIResponse(responseCode = "200", description = "The complaint, flagged",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "Already flagged, or already determined")
    @APIResponse(responseCode = "412", description = "The complaint changed since the If-Match version")
    public Response flagUrgent(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(desk.flagUrgent(id, body.reason(), Versions.ifMatch(ifMatch), caller));
    }

    @POST
    @Path("/{id}/regulator")
    @RolesAllowed({Roles.AGENT, Roles.QUALITY, Roles.MANAGER})
    @Operation(summary = "Record that the complainant went to a regulator: SERIOUS, and one level up")
    @APIResponse(responseCode = "200", description = "The complaint, now SERIOUS",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "A regulator is already recorded")
    @APIResponse(responseCode = "412", description = "The complaint changed since the If-Match version")
    public Response reportRegulator(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(desk.reportRegulator(id, body.reason(), Versions.ifMatch(ifMatch), caller));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(summary = "Every change of the complaint: who, when, what and why")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's organisations")
    public List<ChangeView> history(@PathParam("id") UUID id) {
        return desk.history(id, caller).stream().map(ChangeView::of).toList();
    }

    /** One change, as the API shows it. */
    public record ChangeView(
            @Schema(description = "What was done, e.g. CONTACT or ESCALATE") String action,
            @Schema(description = "The status before", required = true) ComplaintStatus fromStatus,
            @Schema(description = "The status after", required = true) ComplaintStatus toStatus,
            @Schema(description = "Why, for a change that has a reason; null otherwise") String reason,
            @Schema(description = "Who did it") String changedBy,
            @Schema(description = "When (ISO-8601, UTC)", required = true) Instant changedAt) {

        static ChangeView of(ComplaintChange c) {
            return new ChangeView(c.action, c.fromStatus, c.toStatus, c.reason, c.changedBy, c.changedAt);
        }
    }

    private static Response view(Complaint c) {
        return Response.ok(ComplaintView.of(c)).tag(Versions.etag(c.version)).build();
    }
}
