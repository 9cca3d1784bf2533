package org.aftersales.events;

import java.util.List;
import java.util.Optional;
import org.aftersales.events.ticket.TicketEvents;

/** Every event type of the suite, in one list: the contract that producers and consumers share. */
public final class EventCatalog {

    public static final List<EventType<?>> ALL = List.of(TicketEvents.CREATED);

    private EventCatalog() {
    }

    public static Optional<EventType<?>> find(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }
}
