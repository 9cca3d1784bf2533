package org.aftersales.complaint.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.handling.ComplaintChanged;
import org.aftersales.platform.timer.Timers;

/**
 * Starts, meets and cancels a complaint's deadlines as it moves, in the changing transaction, and keeps the persistent
 * timers that warn and breach them in step.
 */
@ApplicationScoped
public class ComplaintDeadlines {

    static final String WARNING = "complaint-deadline-warning";
    static final String BREACH = "complaint-deadline-breach";

    private final Timers timers;
    private final ComplaintTargets targets;

    ComplaintDeadlines(Timers timers, ComplaintTargets targets) {
        this.timers = timers;
        this.targets = targets;
    }

    void follow(@Observes ComplaintChanged change) {
        Complaint c = change.complaint();
        Instant now = change.at();
        if (change.urgentFlagged()) {
            open(c, DeadlineKind.DECISION).ifPresent(decision -> move(decision,
                    ComplaintTargets.due(targets.of(c).urgentDecision(), decision.startedAt), c));
            return;
        }
        if (change.action() == null) {
            start(c, DeadlineKind.CONTACT, c.roundStartedAt, ComplaintTargets.due(targets.of(c).contact(),
                    c.roundStartedAt));
            return;
        }
        switch (change.action()) {
            case CONTACT -> {
                meet(c, DeadlineKind.CONTACT, now);
                start(c, DeadlineKind.REPLY_PROMISE, now, c.promisedReplyAt);
            }
            case INVESTIGATE -> {
                Targets t = targets.of(c);
                start(c, DeadlineKind.DECISION, now, ComplaintTargets.due(c.urgent ? t.urgentDecision()
                        : t.decision(), now));
            }
            case DETERMINE -> {
                meet(c, DeadlineKind.REPLY_PROMISE, now);
                meet(c, DeadlineKind.DECISION, now);
            }
            case SOLVE -> start(c, DeadlineKind.FOLLOW_UP, now, ComplaintTargets.due(targets.of(c).followUp(), now));
            case CONFIRM_SOLUTION -> meet(c, DeadlineKind.FOLLOW_UP, now);
            case REJECT_SOLUTION -> {
                // The follow-up happened in the last round; the new round owes every deadline again.
                List<ComplaintDeadline> previous = ComplaintDeadline.list(
                        "complaintId = ?1 and round = ?2", c.id, c.reopenCount - 1);
                previous.stream().filter(d -> d.kind == DeadlineKind.FOLLOW_UP).forEach(d -> met(d, now));
                previous.stream().filter(d -> d.state.open()).forEach(this::cancel);
                start(c, DeadlineKind.CONTACT, now, ComplaintTargets.due(targets.of(c).contact(), now));
            }
            case CLOSE -> ComplaintDeadline.<ComplaintDeadline>list("complaintId = ?1", c.id).stream()
                    .filter(d -> d.state.open()).forEach(this::cancel);
            default -> {
            }
        }
    }

    /** The complaint's deadlines, round by round in the order they started. */
    public List<ComplaintDeadline> of(UUID complaintId) {
        return ComplaintDeadline.list("complaintId = ?1 order by round, startedAt, kind", complaintId);
    }

    private void start(Complaint c, DeadlineKind kind, Instant start, Instant due) {
        ComplaintDeadline d = new ComplaintDeadline();
        d.id = UUID.randomUUID();
        d.complaintId = c.id;
        d.kind = kind;
        d.round = c.reopenCount;
        d.startedAt = start;
        d.state = DeadlineState.RUNNING;
        setDue(d, due, c);
        d.persist();
        schedule(d);
    }

    private void move(ComplaintDeadline d, Instant due, Complaint c) {
        setDue(d, due, c);
        schedule(d);
    }

    private void setDue(ComplaintDeadline d, Instant due, Complaint c) {
        d.dueAt = due;
        d.warnAt = ComplaintDeadline.warnAt(d.startedAt, due, targets.of(c).warningPercent());
    }

    private void schedule(ComplaintDeadline d) {
        if (d.state == DeadlineState.RUNNING) {
            timers.schedule(WARNING, d.id.toString(), d.warnAt);
        }
        timers.schedule(BREACH, d.id.toString(), d.dueAt);
    }

    private Optional<ComplaintDeadline> open(Complaint c, DeadlineKind kind) {
        return ComplaintDeadline.<ComplaintDeadline>find("complaintId = ?1 and kind = ?2 and round = ?3",
                c.id, kind, c.reopenCount).firstResultOptional().filter(d -> d.state.open());
    }

    private void meet(Complaint c, DeadlineKind kind, Instant at) {
        open(c, kind).ifPresent(d -> met(d, at));
    }

    private void met(ComplaintDeadline d, Instant at) {
        if (!d.state.open()) {
            return;
        }
        d.state = d.metState();
        d.metAt = at;
        stopTimers(d);
    }

    private void cancel(ComplaintDeadline d) {
        d.state = DeadlineState.CANCELLED;
        stopTimers(d);
    }

    private void stopTimers(ComplaintDeadline d) {
        timers.cancel(WARNING, d.id.toString());
        timers.cancel(BREACH, d.id.toString());
    }
}
