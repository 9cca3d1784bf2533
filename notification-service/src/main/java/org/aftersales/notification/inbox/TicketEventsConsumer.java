package org.aftersales.notification.inbox;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Turns ticket events into in-app notifications for the ticket's organisation. */
@ApplicationScoped
public class TicketEventsConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;
    private final Clock clock = Clock.systemUTC();

    TicketEventsConsumer(EventInbox inbox) {
        this.inbox = inbox;
        this.handlers = new EventHandlers().on(TicketEvents.CREATED, this::ticketCreated);
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(String message) {
        inbox.consume(message, handlers);
    }

    private void ticketCreated(CloudEvent<TicketCreated> event) {
        TicketCreated ticket = event.data();
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.customerOrganisation = ticket.customerOrganisation();
        notification.eventType = event.type();
        notification.eventId = event.id();
        notification.subject = ticket.ticketId().toString();
        notification.title = "工单已受理 / Ticket registered";
        notification.body = "设备 %s 的报修已受理。 / The fault report for device %s has been registered."
                .formatted(ticket.deviceSerial(), ticket.deviceSerial());
        notification.createdAt = Instant.now(clock);
        notification.persist();
    }
}
