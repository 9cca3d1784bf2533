package org.aftersales.complaint.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.handling.ComplaintDesk;
import org.aftersales.complaint.handling.EscalationTrigger;
import org.aftersales.events.EventType;
import org.aftersales.events.complaint.ComplaintDeadlineAlert;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.platform.deadline.Deadline;
import org.aftersales.platform.deadline.DeadlineBreach;
import org.aftersales.platform.deadline.DeadlineListener;
import org.aftersales.platform.outbox.Outbox;

/**
 * What complaint-service does when one of its deadlines warns or is breached, inside the kit's timer transaction: a
 * warning is published; a breach (stored by the kit as a fact) is published and escalates the complaint one level.
 * One listener bean per deadline kind.
 */
@ApplicationScoped
public class DeadlineAlerts {

    /** Who the records name for what the service did on its own. */
    static final String SYSTEM = "complaint-service";

    private final Outbox outbox;
    private final ComplaintDesk desk;

    DeadlineAlerts(Outbox outbox, ComplaintDesk desk) {
        this.outbox = outbox;
        this.desk = desk;
    }

    void warning(Deadline deadline, Instant now) {
        publish(ComplaintEvents.DEADLINE_WARNING, deadline, complaint(deadline), now);
    }

    void breached(Deadline deadline, Instant now) {
        Complaint c = complaint(deadline);
        publish(ComplaintEvents.DEADLINE_BREACHED, deadline, c, now);
        desk.escalate(c, EscalationTrigger.DEADLINE_BREACHED, DeadlineKind.of(deadline.kind()) + " deadline "
                + deadline.dueAt() + " passed", SYSTEM, now);
    }

    private static Complaint complaint(Deadline deadline) {
        return Complaint.findById(UUID.fromString(deadline.subject().substring(0, deadline.subject().indexOf('/'))));
    }

    private void publish(EventType<ComplaintDeadlineAlert> type, Deadline d, Complaint c, Instant now) {
        outbox.append(type, c.id.toString(), now, new ComplaintDeadlineAlert(c.id, c.recordNumber,
                c.customerOrganisation, c.severity.name(), c.complainant(), DeadlineKind.of(d.kind()).name(),
                d.startedAt(), d.dueAt(), now, c.escalationLevel.name(), ComplaintDeadlines.round(d.subject())));
    }

    /** Hands the kit's calls for one kind of complaint deadline to {@link DeadlineAlerts}. */
    abstract static class Listener implements DeadlineListener {

        private final DeadlineKind kind;
        private final DeadlineAlerts alerts;

        Listener(DeadlineKind kind, DeadlineAlerts alerts) {
            this.kind = kind;
            this.alerts = alerts;
        }

        @Override
        public String kind() {
            return kind.kind();
        }

        @Override
        public void warning(Deadline deadline, Instant now) {
            alerts.warning(deadline, now);
        }

        @Override
        public void breached(Deadline deadline, DeadlineBreach breach, Instant now) {
            alerts.breached(deadline, now);
        }
    }

    @Singleton
    static class Contact extends Listener {
        Contact(DeadlineAlerts alerts) {
            super(DeadlineKind.CONTACT, alerts);
        }
    }

    @Singleton
    static class ReplyPromise extends Listener {
        ReplyPromise(DeadlineAlerts alerts) {
            super(DeadlineKind.REPLY_PROMISE, alerts);
        }
    }

    @Singleton
    static class Decision extends Listener {
        Decision(DeadlineAlerts alerts) {
            super(DeadlineKind.DECISION, alerts);
        }
    }

    @Singleton
    static class UrgentDecision extends Listener {
        UrgentDecision(DeadlineAlerts alerts) {
            super(DeadlineKind.URGENT_DECISION, alerts);
        }
    }

    @Singleton
    static class FollowUp extends Listener {
        FollowUp(DeadlineAlerts alerts) {
            super(DeadlineKind.FOLLOW_UP, alerts);
        }
    }
}
