package org.aftersales.complaint.deadline;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.complaint.handling.ComplaintDesk;
import org.aftersales.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/complaints/{id}/deadlines")
@Tag(name = "Complaints")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    private final ComplaintDesk desk;
    private final ComplaintDeadlines deadlines;
    private final Caller caller;

    DeadlineResource(ComplaintDesk desk, ComplaintDeadlines deadlines, Caller caller) {
        this.desk = desk;
        this.deadlines = deadlines;
        this.caller = caller;
    }

    /** A deadline as the API shows it. */
    public record DeadlineView(DeadlineKind kind, int round, Instant startedAt, Instant dueAt, Instant warnAt,
            DeadlineState state, Instant warnedAt, Instant metAt, Instant breachedAt) {
    }

    @GET
    @Authenticated
    @Operation(summary = "The complaint's deadlines: contact, promised reply, decision, follow-up, round by round",
            description = "Each with its promise (dueAt), warning instant and state; a breach keeps when it was "
                    + "observed (breachedAt), and a deadline met after it is MET_LATE.")
    @APIResponse(responseCode = "200", description = "The deadlines")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's organisations")
    public List<DeadlineView> list(@PathParam("id") UUID id) {
        return deadlines.of(desk.find(id, caller).id).stream().map(d -> new DeadlineView(d.kind, d.round,
                d.startedAt, d.dueAt, d.warnAt, d.state, d.warnedAt, d.metAt, d.breachedAt)).toList();
    }
}
