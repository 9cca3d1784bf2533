package org.aftersales.complaint.handling;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/complaints/root-causes")
@Tag(name = "Complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class RootCauseResource {

    private final Caller caller;
    private final Clock clock;

    RootCauseResource(Caller caller, Clock clock) {
        this.clock = clock;
        this.caller = caller;
    }

    /** A root cause as the API shows it and takes it. */
    public record RootCauseView(
            @Schema(description = "The root cause's code, in UPPER_SNAKE_CASE", examples = "MATERIAL_DEFECT")
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be UPPER_SNAKE_CASE") String code,
            @Schema(description = "The root cause as people read it") @NotBlank @Size(max = 200) String label) {
    }

    @GET
    @Authenticated
    @Operation(summary = "The managed list of root causes (根本原因) a determination chooses from")
    @APIResponse(responseCode = "200", description = "The active root causes, by code")
    public List<RootCauseView> list() {
        return RootCause.<RootCause>list("active = true order by code").stream()
                .map(r -> new RootCauseView(r.code, r.label)).toList();
    }

    @POST
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER})
    @Transactional
    @Operation(summary = "Add a root cause to the managed list")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Invalid code or label")
    @APIResponse(responseCode = "409", description = "The code exists")
    public Response add(@NotNull @Valid RootCauseView body) {
        if (RootCause.findById(body.code()) != null) {
            throw ProblemException.conflict("Root cause " + body.code() + " exists");
        }
        RootCause cause = new RootCause();
        cause.code = body.code();
        cause.label = body.label().strip();
        cause.createdBy = caller.username();
        cause.createdAt = Instant.now(clock);
        cause.persist();
        return Response.status(201).entity(body).build();
    }
}
