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

/** A ticket's phone-support records (电话支持记录单). */
@Path("/api/v1/tickets/{id}/phone-support")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class PhoneSupportResource {

    private final PhoneSupportLog log;
    private final Caller caller;

    PhoneSupportResource(PhoneSupportLog log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.ENGINEER, Roles.MANAGER})
    @Operation(summary = "Record a phone or remote support call (电话支持记录): problem, initial diagnosis, solution")
    @APIResponse(responseCode = "201", description = "Recorded, with who and when",
            content = @Content(schema = @Schema(implementation = PhoneSupportView.class)))
    @APIResponse(responseCode = "400", description = "Missing problem, or a field too long or unknown")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The ticket is closed or cancelled")
    public Response append(@PathParam("id") UUID id, @NotNull @Valid NewPhoneSupportRecord body) {
        PhoneSupportRecord record = log.append(id, body, caller);
        return Response.status(Response.Status.CREATED).entity(PhoneSupportView.of(record)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The ticket's phone-support records, oldest first")
    @APIResponse(responseCode = "200", description = "The records")
    @APIResponse(responseCode = "404", description = "No such ticket in the caller's organisations")
    public List<PhoneSupportView> list(@PathParam("id") UUID id) {
        return log.records(id, caller).stream().map(PhoneSupportView::of).toList();
    }

    /** One phone-support record as the API shows it. */
    public record PhoneSupportView(
            @Schema(description = "The phone-support record (电话支持记录单)", required = true) UUID id,
            @Schema(description = "问题描述: the problem as the customer described it") String problem,
            @Schema(description = "初步诊断, when one was reached; null otherwise") String diagnosis,
            @Schema(description = "解决办法, when one was given; null otherwise") String solution,
            @Schema(description = "The agent who recorded it") String recordedBy,
            @Schema(description = "When it was recorded (ISO-8601, UTC)", required = true) Instant recordedAt) {

        static PhoneSupportView of(PhoneSupportRecord r) {
            return new PhoneSupportView(r.id, r.problem, r.diagnosis, r.solution, r.recordedBy, r.recordedAt);
        }
    }
}
