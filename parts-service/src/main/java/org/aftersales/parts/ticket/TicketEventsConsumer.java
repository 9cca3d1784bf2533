package org.aftersales.parts.ticket;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventType;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.parts.oldpart.OldParts;
import org.aftersales.parts.reservation.ReleaseReason;
import org.aftersales.parts.reservation.ReservationDesk;
import org.aftersales.parts.spare.SpareRequests;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the {@link TicketCopy} of each ticket from ticket-service's lifecycle events and, in the same transaction,
 * releases a ticket's open reservations when it is cancelled or resolved without them, and expects back the old part
 * of each part it used that no consumption announced; a backup unit owed ({@code loaner-due}) becomes a spare request
 * for one of the device's model. Each event is applied once.
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private static final EventType<?>[] LIFECYCLE = {TicketEvents.ACKNOWLEDGED, TicketEvents.DIAGNOSING,
        TicketEvents.DISPATCHED, TicketEvents.ON_SITE, TicketEvents.WAITING, TicketEvents.RESUMED,
        TicketEvents.ANSWERED, TicketEvents.CONFIRMED, TicketEvents.REJECTED, TicketEvents.CLOSED,
        TicketEvents.REOPENED};

    private final EventInbox inbox;
    private final EventHandlers handlers;
    private final ReservationDesk reservations;
    private final OldParts oldParts;

    TicketEventsConsumer(EventInbox inbox, ReservationDesk reservations, OldParts oldParts,
            SpareRequests spareRequests) {
        this.inbox = inbox;
        this.reservations = reservations;
        this.oldParts = oldParts;
        EventHandlers on = new EventHandlers()
                .on(TicketEvents.CREATED, this::created)
                .on(TicketEvents.LOANER_DUE, event -> spareRequests.backupUnitOwed(event.data()))
                .on(TicketEvents.CANCELLED, this::cancelled)
                .on(TicketEvents.RESOLVED, this::resolved);
        for (EventType<?> type : LIFECYCLE) {
            @SuppressWarnings("unchecked")
            EventType<TicketStatusChanged> lifecycle = (EventType<TicketStatusChanged>) type;
            on.on(lifecycle, this::changed);
        }
        this.handlers = on;
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(String message) {
        inbox.consume(message, handlers);
    }

    private void created(CloudEvent<TicketCreated> event) {
        TicketCopy ticket = copyOf(event.data().ticketId(), event.data().customerOrganisation());
        ticket.deviceSerial = event.data().deviceSerial();
        ticket.status = "NEW";
        ticket.updatedAt = event.data().createdAt();
    }

    private void changed(CloudEvent<TicketStatusChanged> event) {
        TicketStatusChanged change = event.data();
        TicketCopy ticket = copyOf(change.ticketId(), change.customerOrganisation());
        ticket.assignedEngineer = change.assignedEngineer();
        ticket.status = change.toStatus();
        ticket.updatedAt = change.changedAt();
    }

    private void cancelled(CloudEvent<TicketStatusChanged> event) {
        changed(event);
        reservations.releaseForTicket(event.data().ticketId(), ReleaseReason.TICKET_CANCELLED, event.data().reason(),
                event.data().changedAt());
    }

    private void resolved(CloudEvent<TicketResolved> event) {
        TicketResolved resolved = event.data();
        TicketCopy ticket = copyOf(resolved.ticketId(), resolved.customerOrganisation());
        ticket.deviceSerial = resolved.deviceSerial();
        ticket.deviceId = resolved.deviceId();
        ticket.status = "RESOLVED";
        ticket.updatedAt = resolved.repairEndedAt();
        reservations.releaseForTicket(resolved.ticketId(), ReleaseReason.TICKET_RESOLVED, null, Instant.now());
        oldParts.expectUsedParts(ticket, resolved.partsUsed(), resolved.resolvedBy(), resolved.repairEndedAt());
    }

    private static TicketCopy copyOf(UUID ticketId, String customerOrganisation) {
        TicketCopy ticket = TicketCopy.findById(ticketId);
        if (ticket == null) {
            ticket = new TicketCopy();
            ticket.ticketId = ticketId;
            ticket.customerOrganisation = customerOrganisation;
            ticket.status = "NEW";
            ticket.updatedAt = Instant.now();
            ticket.persist();
        }
        ticket.customerOrganisation = customerOrganisation;
        return ticket;
    }
}
