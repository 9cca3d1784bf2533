package org.aftersales.notification.notify;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.aftersales.events.EventCatalog;
import org.aftersales.events.EventType;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.notification.ticket.TicketViews;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies the events of ticket- and warranty-service once each: keeps what the service knows of tickets and tells
 * everybody the rules name ({@link Notifier}).
 */
@ApplicationScoped
public class EventsConsumer {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    EventsConsumer(EventInbox inbox, Notifier notifier, TicketViews tickets) {
        this.inbox = inbox;
        this.handlers = new EventHandlers()
                .on(TicketEvents.CREATED, event -> {
                    tickets.created(event.data());
                    notifier.notify(event, event.data().customerOrganisation(), Optional.empty());
                })
                .on(TicketEvents.ESCALATED, event -> notifier.notify(event, event.data().customerOrganisation(),
                        Optional.of(event.data().toLevel())))
                .on(TicketEvents.RESOLVED, event -> notifier.notify(event, event.data().customerOrganisation(),
                        Optional.empty()))
                .on(TicketEvents.SLA_WARNING, event -> notifier.notify(event, event.data().customerOrganisation(),
                        Optional.empty()))
                .on(TicketEvents.SLA_BREACHED, event -> notifier.notify(event, event.data().customerOrganisation(),
                        Optional.empty()))
                .on(TicketEvents.INSPECTION_DUE, event -> notifier.notify(event,
                        event.data().customerOrganisation(), Optional.empty()))
                .on(DeviceEvents.REMEDY_DUE, event -> notifier.notify(event, event.data().customerOrganisation(),
                        Optional.empty()));
        EventCatalog.ALL.stream().filter(type -> type.payloadType() == TicketStatusChanged.class)
                .forEach(type -> onStatusChange(type, notifier, tickets));
    }

    @SuppressWarnings("unchecked")
    private void onStatusChange(EventType<?> type, Notifier notifier, TicketViews tickets) {
        handlers.on((EventType<TicketStatusChanged>) type, event -> {
            tickets.changed(event.data());
            notifier.notify(event, event.data().customerOrganisation(), Optional.empty());
        });
    }

    @Incoming("ticket-events")
    @Blocking
    public void ticketEvent(String message) {
        inbox.consume(message, handlers);
    }

    @Incoming("device-events")
    @Blocking
    public void deviceEvent(String message) {
        inbox.consume(message, handlers);
    }
}
