package org.aftersales.warranty.assessment;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.time.Instant;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.aftersales.warranty.installedbase.Device;
import org.aftersales.warranty.installedbase.InstalledBase;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assessments")
@Tag(name = "Old-part assessments", description = "旧件鉴定: quality problem or not, and why")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class AssessmentResource {

    private final InstalledBase installedBase;
    private final Caller caller;

    AssessmentResource(InstalledBase installedBase, Caller caller) {
        this.installedBase = installedBase;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.QUALITY)
    @Transactional
    @Operation(summary = "Record the quality department's verdict on an old part",
            description = "The verdict belongs to its ticket, component and fault: a 三包 claim or remedy-due on "
                    + "that ticket, component and fault takes it (an assessment naming no ticket serves claims made "
                    + "without one).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a cause that does not go with the verdict")
    @APIResponse(responseCode = "404", description = "No such device")
    public Response record(@NotNull @Valid NewAssessment body, UriInfo uri) {
        Device device = installedBase.find(body.deviceId(), caller);
        OldPartAssessment assessment = new OldPartAssessment();
        assessment.id = UUID.randomUUID();
        assessment.deviceId = device.id;
        assessment.customerOrganisation = device.customerOrganisation;
        assessment.component = body.component() == null || body.component().isBlank() ? null : body.component().strip();
        assessment.faultCode = body.faultCode().strip();
        assessment.ticketId = body.ticketId();
        assessment.verdict = body.verdict();
        assessment.cause = body.cause();
        assessment.reason = body.reason().strip();
        assessment.assessedBy = caller.username();
        assessment.assessedAt = Instant.now();
        assessment.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(assessment.id.toString()).build())
                .entity(AssessmentView.of(assessment))
                .build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "An old-part assessment")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assessment in the caller's organisations")
    public AssessmentView get(@PathParam("id") UUID id) {
        OldPartAssessment assessment = OldPartAssessment.findById(id);
        if (assessment == null) {
            throw ProblemException.notFound("assessment", id);
        }
        caller.requireAccess(assessment.customerOrganisation, "assessment", id);
        return AssessmentView.of(assessment);
    }
}
