package org.aftersales.complaint.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.handling.ComplaintDesk;
import org.aftersales.complaint.handling.EscalationTrigger;
import org.aftersales.events.EventType;
import org.aftersales.events.complaint.ComplaintDeadlineAlert;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.timer.TimerHandler;

/**
 * What a due deadline timer does, inside the transaction that removes the timer: a warning is stored and published;
 * a breach is stored as a fact (promised and observed time), published, and escalates the complaint one level.
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

    void warn(String deadlineId, Instant now) {
        ComplaintDeadline d = ComplaintDeadline.findById(UUID.fromString(deadlineId));
        if (d == null || d.state != DeadlineState.RUNNING) {
            return;
        }
        d.state = DeadlineState.WARNED;
        d.warnedAt = now;
        publish(ComplaintEvents.DEADLINE_WARNING, d, Complaint.findById(d.complaintId), now);
    }

    void breach(String deadlineId, Instant now) {
        ComplaintDeadline d = ComplaintDeadline.findById(UUID.fromString(deadlineId));
        if (d == null || (d.state != DeadlineState.RUNNING && d.state != DeadlineState.WARNED)) {
            return;
        }
        d.state = DeadlineState.BREACHED;
        d.breachedAt = now;
        Complaint c = Complaint.findById(d.complaintId);
        publish(ComplaintEvents.DEADLINE_BREACHED, d, c, now);
        desk.escalate(c, EscalationTrigger.DEADLINE_BREACHED, d.kind + " deadline " + d.dueAt + " passed", SYSTEM,
                now);
    }

    private void publish(EventType<ComplaintDeadlineAlert> type, ComplaintDeadline d, Complaint c, Instant now) {
        outbox.append(type, c.id.toString(), now, new ComplaintDeadlineAlert(c.id, c.recordNumber,
                c.customerOrganisation, c.severity.name(), c.complainant(), d.kind.name(), d.startedAt, d.dueAt, now,
                c.escalationLevel.name(), d.round));
    }

    @ApplicationScoped
    static class Warning implements TimerHandler {

        private final DeadlineAlerts alerts;

        Warning(DeadlineAlerts alerts) {
            this.alerts = alerts;
        }

        @Override
        public String kind() {
            return ComplaintDeadlines.WARNING;
        }

        @Override
        public void fire(String subject, Instant dueAt, Instant now) {
            alerts.warn(subject, now);
        }
    }

    @ApplicationScoped
    static class Breach implements TimerHandler {

        private final DeadlineAlerts alerts;

        Breach(DeadlineAlerts alerts) {
            this.alerts = alerts;
        }

        @Override
        public String kind() {
            return ComplaintDeadlines.BREACH;
        }

        @Override
        public void fire(String subject, Instant dueAt, Instant now) {
            alerts.breach(subject, now);
        }
    }
}
