package org.aftersales.events.ticket;

import org.aftersales.events.EventType;

/** The events of the ticket aggregate, published by ticket-service on topic {@code aftersales.ticket}. */
public final class TicketEvents {

    public static final String AGGREGATE = "ticket";

    public static final EventType<TicketCreated> CREATED =
            new EventType<>("aftersales.ticket.created.v1", AGGREGATE, TicketCreated.class);

    /** Every lifecycle change of a ticket, in order (key = ticket id). */
    public static final EventType<TicketStatusChanged> STATUS_CHANGED =
            new EventType<>("aftersales.ticket.status-changed.v1", AGGREGATE, TicketStatusChanged.class);

    /** Published when a ticket's repair ends with its facts; consumed by warranty-service. */
    public static final EventType<TicketResolved> RESOLVED =
            new EventType<>("aftersales.ticket.resolved.v1", AGGREGATE, TicketResolved.class);

    /** An inspection (巡检) was carried out, with its record sheet; consumed by warranty-service's device history. */
    public static final EventType<InspectionDone> INSPECTION_DONE =
            new EventType<>("aftersales.ticket.inspection-done.v1", AGGREGATE, InspectionDone.class);

    private TicketEvents() {
    }
}
