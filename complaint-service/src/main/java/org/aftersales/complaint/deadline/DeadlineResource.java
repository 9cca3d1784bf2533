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
    public record DeadlineView(DeadlineKind kind, int round, String promise, Instant startedAt, Instant warningAt,
            Instant dueAt, DeadlineState state, Instant metAt) {
    }

    /** A breach: the promise, when it was due and observed, and when it was kept after all. */
    public record BreachView(DeadlineKind kind, int round, String promise, Instant promisedAt, Instant breachedAt,
            Instant actualAt) {
    }

    /** The deadlines and the breaches stored for them. */
    public record DeadlinesView(List<DeadlineView> deadlines, List<BreachView> breaches) {
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
