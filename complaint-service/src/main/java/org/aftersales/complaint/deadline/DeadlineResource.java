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
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.handling.ComplaintDesk;
import org.aftersales.platform.deadline.DeadlineState;
import org.aftersales.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    public record DeadlineView(
            @Schema(description = "What is promised: CONTACT, REPLY_PROMISE, DECISION, URGENT_DECISION or FOLLOW_UP",
                    required = true) DeadlineKind kind,
            @Schema(description = "The round of handling, 0 before the first reopening") int round,
            @Schema(description = "The promise: PT4H or 3 working days") String promise,
            @Schema(description = "When it started counting (ISO-8601, UTC)", required = true) Instant startedAt,
            @Schema(description = "When it warns (预警) (ISO-8601, UTC); null when it does not warn", nullable = true)
            Instant warningAt,
            @Schema(description = "When it is due (ISO-8601, UTC)", required = true) Instant dueAt,
            @Schema(description = "RUNNING, WARNING (预警), MET, MET_LATE, BREACHED (超时) or CANCELLED", required = true)
            DeadlineState state,
            @Schema(description = "When it was met (ISO-8601, UTC); null while not met", nullable = true)
            Instant metAt) {
    }

    /** A breach: the promise, when it was due and observed, and when it was kept after all. */
    public record BreachView(
            @Schema(description = "The deadline that was missed", required = true) DeadlineKind kind,
            @Schema(description = "The round of handling, 0 before the first reopening") int round,
            @Schema(description = "The promise as written: PT4H or 3 working days") String promise,
            @Schema(description = "When it was due (ISO-8601, UTC)", required = true) Instant promisedAt,
            @Schema(description = "When the breach was observed (ISO-8601, UTC)", required = true) Instant breachedAt,
            @Schema(description = "When the promise was kept after all (ISO-8601, UTC); null until then",
                    nullable = true) Instant actualAt) {
    }

    /** The deadlines and the breaches stored for them. */
    public record DeadlinesView(
            @Schema(description = "The complaint's deadlines, round by round") List<DeadlineView> deadlines,
            @Schema(description = "The breaches (超时记录) stored for them") List<BreachView> breaches) {
    }

    @GET
    @Authenticated
    @Operation(summary = "The complaint's deadlines (contact, promised reply, decision, follow-up) and breaches",
            description = "Round by round (0 before the first reopening), each with its promise, warning and due "
                    + "instants and state (RUNNING, WARNING 预警, MET, MET_LATE, BREACHED 超时, CANCELLED); a breach "
                    + "keeps the promised and the observed time.")
    @APIResponse(responseCode = "200", description = "The deadlines and breaches")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's organisations")
    public DeadlinesView list(@PathParam("id") UUID id) {
        Complaint c = desk.find(id, caller);
        return new DeadlinesView(deadlines.of(c).stream().map(d -> new DeadlineView(DeadlineKind.of(d.kind()),
                        ComplaintDeadlines.round(d.subject()), d.promise().text(), d.startedAt(), d.warningAt(),
                        d.dueAt(), d.state(), d.metAt())).toList(),
                deadlines.breachesOf(c).stream().map(b -> new BreachView(DeadlineKind.of(b.kind()),
                        ComplaintDeadlines.round(b.subject()), b.promise(), b.promisedAt(), b.breachedAt(),
                        b.actualAt())).toList());
    }
}
