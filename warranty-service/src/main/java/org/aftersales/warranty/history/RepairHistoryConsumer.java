package org.aftersales.warranty.history;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.aftersales.warranty.claim.RemedyDueWatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each device's repair history from ticket-service's resolved tickets, applying each event once, and in the same
 * transaction lets {@link RemedyDueWatch} publish {@code aftersales.device.remedy-due.v1} when the history makes an
 * exchange or refund due.
 */
@ApplicationScoped
public class RepairHistoryConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;
    private final RemedyDueWatch remedies;

    RepairHistoryConsumer(EventInbox inbox, RemedyDueWatch remedies) {
        this.inbox = inbox;
        this.remedies = remedies;
        this.handlers = new EventHandlers().on(TicketEvents.RESOLVED, this::ticketResolved);
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(String message) {
        inbox.consume(message, handlers);
    }

    private void ticketResolved(CloudEvent<TicketResolved> event) {
        TicketResolved resolved = event.data();
        RepairRecord record = new RepairRecord();
        record.id = UUID.randomUUID();
        record.eventId = event.id();
        record.ticketId = resolved.ticketId();
        record.deviceSerial = resolved.deviceSerial();
        record.customerOrganisation = resolved.customerOrganisation();
        record.component = resolved.component();
        record.faultCode = resolved.faultCode();
        record.repairStartedAt = resolved.repairStartedAt();
        record.repairEndedAt = resolved.repairEndedAt();
        record.partsUsed = String.join(",", resolved.partsUsed());
        record.faultGone = resolved.faultGone();
        record.resolvedBy = resolved.resolvedBy();
        record.persist();
        remedies.repairRecorded(record);
    }
}
