package org.aftersales.notification.returnvisit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventType;
import org.aftersales.events.notification.ReturnVisitDue;
import org.aftersales.events.notification.ReturnVisitEvents;
import org.aftersales.notification.notify.Notifier;
import org.aftersales.platform.deadline.Deadline;
import org.aftersales.platform.deadline.DeadlineBreach;
import org.aftersales.platform.deadline.DeadlineListener;
import org.aftersales.platform.outbox.Outbox;

/**
 * Publishes a return visit's warning (预警) and breach (超时) the kit fired and stored, and tells whom the rules name
 * in the same transaction: the service's own events need no round trip through the broker.
 */
@ApplicationScoped
public class ReturnVisitDeadlineListener implements DeadlineListener {

    private final Outbox outbox;
    private final Notifier notifier;

    ReturnVisitDeadlineListener(Outbox outbox, Notifier notifier) {
        this.outbox = outbox;
        this.notifier = notifier;
    }

    @Override
    public String kind() {
        return ReturnVisits.DEADLINE_KIND;
    }

    @Override
    public void warning(Deadline deadline, Instant now) {
        publish(ReturnVisitEvents.DUE_WARNING, deadline, now);
    }

    @Override
    public void breached(Deadline deadline, DeadlineBreach breach, Instant now) {
        publish(ReturnVisitEvents.BREACHED, deadline, now);
    }

    private void publish(EventType<ReturnVisitDue> type, Deadline deadline, Instant now) {
        ReturnVisit visit = ReturnVisit.findById(UUID.fromString(deadline.subject()));
        CloudEvent<ReturnVisitDue> event = outbox.append(type, deadline.subject(), now, new ReturnVisitDue(visit.id,
                visit.ticketId, visit.customerOrganisation, deadline.dueAt(), now));
        notifier.notify(event, visit.customerOrganisation, Optional.empty());
    }
}
