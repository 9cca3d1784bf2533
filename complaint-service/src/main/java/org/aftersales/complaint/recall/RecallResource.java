package org.aftersales.complaint.recall;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.List;
import java.util.UUID;
import org.aftersales.complaint.handling.Versions;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recalls")
@Tag(name = "Recalls", description = "召回: recalls of production batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.QUALITY, Roles.MANAGER})
@Idempotent
public class RecallResource {

    private static final int PAGE_SIZE_LIMIT = 1000;

    private final RecallDesk desk;
    private final Caller caller;

    RecallResource(RecallDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Start a recall",
            description = "Finds every device of the lots and models in the installed base, and publishes "
                    + "aftersales.recall.started.v1 and one aftersales.recall.customer-notice.v1 per affected "
                    + "customer organisation. complaintId links a SERIOUS PRODUCT_QUALITY complaint naming its batch.")
    @APIResponse(responseCode = "201", description = "Started, with the devices found")
    @APIResponse(responseCode = "400", description = "Invalid fields; a past deadline; an unknown complaint")
    @APIResponse(responseCode = "409", description = "The complaint is no serious quality complaint with a batch")
    public Response start(@NotNull @Valid NewRecall body, UriInfo uri) {
        Recall recall = desk.start(body, caller.username());
        return Response.created(uri.getAbsolutePathBuilder().path(recall.id.toString()).build())
                .tag(Versions.etag(recall.version)).entity(view(recall)).build();
    }

    @GET
    @Operation(summary = "Recalls, newest first; complaintId: those started from that complaint")
    @APIResponse(responseCode = "200", description = "The recalls")
    @APIResponse(responseCode = "400", description = "complaintId is no UUID")
    public List<RecallViews.RecallView> list(@QueryParam("complaintId") String complaintId) {
        UUID complaint = QueryParameters.uuid("complaintId", complaintId);
        List<Recall> recalls = complaint == null ? Recall.list("order by startedAt desc")
                : Recall.list("complaintId = ?1 order by startedAt desc", complaint);
        return recalls.stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A recall with its progress: notified, done (fixed or collected), refused, share done")
    @APIResponse(responseCode = "200", description = "The recall")
    @APIResponse(responseCode = "404", description = "No such recall")
    public Response get(@PathParam("id") UUID id) {
        Recall recall = desk.find(id);
        return Response.ok(view(recall)).tag(Versions.etag(recall.version)).build();
    }

    @GET
    @Path("/{id}/devices")
    @Operation(summary = "The recall's affected devices, by customer organisation and serial number")
    @APIResponse(responseCode = "200", description = "A page of devices")
    @APIResponse(responseCode = "400", description = "A paging parameter that is no whole number")
    @APIResponse(responseCode = "404", description = "No such recall")
    public RecallViews.DevicePage devices(@PathParam("id") UUID id,
            @QueryParam("page") @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER) String page,
            @QueryParam("size") @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            String size) {
        desk.find(id);
        int pageNumber = page == null ? 0 : Math.min(Integer.parseInt(page), Paging.MAX_PAGE);
        int pageSize = size == null ? 100 : Math.max(1, Math.min(Integer.parseInt(size), PAGE_SIZE_LIMIT));
        var query = RecallDevice.<RecallDevice>find("key.recallId = ?1 order by customerOrganisation, serialNumber",
                id);
        return new RecallViews.DevicePage(query.page(pageNumber, pageSize).list().stream()
                .map(RecallViews.DeviceView::of).toList(), pageNumber, pageSize, query.count());
    }

    @POST
    @Path("/{id}/devices/{deviceId}")
    @RolesAllowed({Roles.AGENT, Roles.ENGINEER, Roles.QUALITY, Roles.MANAGER})
    @Operation(summary = "Record what became of one device: FIXED, COLLECTED or REFUSED")
    @APIResponse(responseCode = "200", description = "The device")
    @APIResponse(responseCode = "400", description = "A state other than FIXED, COLLECTED or REFUSED")
    @APIResponse(responseCode = "404", description = "No such recall or device in it")
    @APIResponse(responseCode = "409", description = "The recall is closed, or the device's outcome is recorded")
    public RecallViews.DeviceView update(@PathParam("id") UUID id, @PathParam("deviceId") UUID deviceId,
            @NotNull @Valid RecallViews.DeviceUpdate body) {
        return RecallViews.DeviceView.of(desk.update(id, deviceId, body, caller.username()));
    }

    @POST
    @Path("/{id}/closing")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Close the recall with what it achieved")
    @APIResponse(responseCode = "200", description = "The closed recall")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such recall")
    @APIResponse(responseCode = "409", description = "Already closed")
    public RecallViews.RecallView close(@PathParam("id") UUID id, @NotNull @Valid RecallViews.Closing body) {
        return view(desk.close(id, body.reason(), caller.username()));
    }

    private RecallViews.RecallView view(Recall r) {
        RecallDesk.Counts counts = desk.counts(r.id);
        return new RecallViews.RecallView(r.id, r.lotNumbers, r.models, r.reason, r.remedy, r.deadline,
                r.complaintId, r.status, r.affectedDevices, counts.customers(), counts.notified(), counts.done(),
                counts.refused(), counts.percentDone(r.affectedDevices), r.startedBy, r.startedAt, r.closedBy,
                r.closedAt, r.closeReason, r.version);
    }
}
