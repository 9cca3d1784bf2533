package org.aftersales.complaint.attachment;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.handling.ComplaintDesk;
import org.aftersales.complaint.handling.ComplaintStatus;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/complaints/{id}/attachments")
@Idempotent
@Tag(name = "Complaints")
public class AttachmentResource {

    private final ComplaintDesk desk;
    private final Attachments attachments;
    private final Caller caller;

    AttachmentResource(ComplaintDesk desk, Attachments attachments, Caller caller) {
        this.desk = desk;
        this.attachments = attachments;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.QUALITY, Roles.MANAGER})
    @Transactional
    @Operation(summary = "Attach a photo or document of the evidence",
            description = "The body is the file itself, sent with its Content-Type; kind (PHOTO or DOCUMENT) and "
                    + "fileName are query parameters. Size and types are limited by configuration.")
    @APIResponse(responseCode = "201", description = "Stored, with its size and SHA-256")
    @APIResponse(responseCode = "400", description = "Bad kind, file name or type, or an empty body")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The complaint is closed")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit")
    public Response upload(@PathParam("id") UUID id, @QueryParam("kind") String kind,
            @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] content, UriInfo uri) {
        Complaint complaint = desk.find(id, caller);
        if (complaint.status == ComplaintStatus.CLOSED) {
            throw ProblemException.conflict("A closed complaint takes no more evidence");
        }
        Attachment stored = attachments.store(complaint.id, kind(kind), fileName, type, content, caller.username());
        return Response.created(uri.getAbsolutePathBuilder().path(stored.id.toString()).build())
                .entity(AttachmentView.of(stored)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "The complaint's attachments, oldest first")
    @APIResponse(responseCode = "200", description = "Their facts, without content")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's organisations")
    public List<AttachmentView> list(@PathParam("id") UUID id) {
        return attachments.of(desk.find(id, caller).id).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Download an attachment", description = "With its own Content-Type and a Digest header")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such complaint or attachment in the caller's organisations")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        Attachment a = attachments.find(desk.find(id, caller).id, attachmentId);
        return Response.ok(a.content, a.mediaType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(a.fileName, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .header("X-Content-SHA256", a.sha256)
                .build();
    }

    private static AttachmentKind kind(String kind) {
        try {
            return kind == null ? null : AttachmentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The attachment cannot be accepted",
                    List.of(new FieldProblem("kind", "must be PHOTO or DOCUMENT")));
        }
    }
}
