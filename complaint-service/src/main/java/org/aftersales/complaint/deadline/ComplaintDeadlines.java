package org.aftersales.complaint.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.handling.ComplaintChanged;
import org.aftersales.platform.deadline.Deadline;
import org.aftersales.platform.deadline.DeadlineBreach;
import org.aftersales.platform.deadline.DeadlineSpec;
import org.aftersales.platform.deadline.Deadlines;
import org.aftersales.platform.deadline.Promise;

/**
 * Starts, meets and cancels a complaint's deadlines as it moves, in the changing transaction, on the kit's promise
 * deadlines. Each round of handling (the receipt, then each reopening) has its own deadlines, about the subject
 * {@code <complaint id>/<round>}, so a reopened complaint owes every deadline anew and earlier breaches stay.
 */
@ApplicationScoped
public class ComplaintDeadlines {

    private final Deadlines deadlines;
    private final ComplaintTargets targets;

    ComplaintDeadlines(Deadlines deadlines, ComplaintTargets targets) {
        this.deadlines = deadlines;
        this.targets = targets;
    }

    void follow(@Observes ComplaintChanged change) {
        Complaint c = change.complaint();
        Instant now = change.at();
        if (change.urgentFlagged()) {
            // The special case replaces the decision's promise, counted from the same start.
            deadlines.find(DeadlineKind.DECISION.kind(), subject(c)).filter(d -> d.state().isOpen()).ifPresent(d -> {
                deadlines.cancel(d.kind(), d.subject());
                start(c, DeadlineKind.URGENT_DECISION, targets.of(c).urgentDecision(), d.startedAt());
            });
            return;
        }
        if (change.action() == null) {
            start(c, DeadlineKind.CONTACT, targets.of(c).contact(), c.roundStartedAt);
            return;
        }
        switch (change.action()) {
            case CONTACT -> {
                meet(c, DeadlineKind.CONTACT, now);
                // The reply time promised is a moment: due then, whatever the service hours.
                Targets t = targets.of(c);
                startOn(c, DeadlineKind.REPLY_PROMISE, Promise.within(Duration.between(now, c.promisedReplyAt)), now,
                        t.promisedMoments(), t);
            }
            case INVESTIGATE -> {
                Targets t = targets.of(c);
                if (c.urgent) {
                    start(c, DeadlineKind.URGENT_DECISION, t.urgentDecision(), now);
                } else {
                    start(c, DeadlineKind.DECISION, t.decision(), now);
                }
            }
            case DETERMINE -> {
                meet(c, DeadlineKind.REPLY_PROMISE, now);
                meet(c, DeadlineKind.DECISION, now);
                meet(c, DeadlineKind.URGENT_DECISION, now);
            }
            case SOLVE -> start(c, DeadlineKind.FOLLOW_UP, targets.of(c).followUp(), now);
            case CONFIRM_SOLUTION -> meet(c, DeadlineKind.FOLLOW_UP, now);
            case REJECT_SOLUTION -> {
                // The follow-up happened in the round before; the new round owes every deadline again.
                String previous = subject(c.id, c.reopenCount - 1);
                deadlines.met(DeadlineKind.FOLLOW_UP.kind(), previous, now);
                cancelOpen(previous);
                start(c, DeadlineKind.CONTACT, targets.of(c).contact(), now);
            }
            case CLOSE -> cancelOpen(subject(c));
            default -> {
            }
        }
    }

    /** The complaint's deadlines, round by round in the order they started. */
    public List<Deadline> of(Complaint c) {
        List<Deadline> all = new ArrayList<>();
        for (int round = 0; round <= c.reopenCount; round++) {
            all.addAll(deadlines.of(subject(c.id, round)));
        }
        return all;
    }

    /** The breaches of the complaint's deadlines, every round, oldest first. */
    public List<DeadlineBreach> breachesOf(Complaint c) {
        List<DeadlineBreach> all = new ArrayList<>();
        for (int round = 0; round <= c.reopenCount; round++) {
            all.addAll(deadlines.breachesOf(subject(c.id, round)));
        }
        all.sort(Comparator.comparing(DeadlineBreach::breachedAt));
        return all;
    }

    /** The round of handling a deadline's subject names. */
    static int round(String subject) {
        return Integer.parseInt(subject.substring(subject.indexOf('/') + 1));
    }

    private void start(Complaint c, DeadlineKind kind, Promise promise, Instant start) {
        Targets t = targets.of(c);
        startOn(c, kind, promise, start, t.calendar(), t);
    }

    private void startOn(Complaint c, DeadlineKind kind, Promise promise, Instant start, ServiceCalendar calendar,
            Targets t) {
        deadlines.start(DeadlineSpec.of(kind.kind(), subject(c), promise, calendar, start)
                .warningAt(t.warningPercent())
                .responsible(c.escalationLevel.name()));
    }

    private void meet(Complaint c, DeadlineKind kind, Instant at) {
        deadlines.met(kind.kind(), subject(c), at);
    }

    private void cancelOpen(String subject) {
        deadlines.of(subject).stream().filter(d -> d.state().isOpen())
                .forEach(d -> deadlines.cancel(d.kind(), subject));
    }

    private static String subject(Complaint c) {
        return subject(c.id, c.reopenCount);
    }

    private static String subject(UUID complaintId, int round) {
        return complaintId + "/" + round;
    }
}
