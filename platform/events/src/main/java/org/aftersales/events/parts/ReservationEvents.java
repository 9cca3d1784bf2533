package org.aftersales.events.parts;

import org.aftersales.events.EventType;

/**
 * The events of a part reservation (备件预留) for a ticket, published by parts-service on topic
 * {@code aftersales.part-reservation}; the subject is the reservation id.
 */
public final class ReservationEvents {

    public static final String AGGREGATE = "part-reservation";

    /** Available stock was set aside for a ticket (awaiting a manager's approval when it is a replacement). */
    public static final EventType<ReservationMade> MADE =
            new EventType<>("aftersales.part-reservation.made.v1", AGGREGATE, ReservationMade.class);

    /** A reservation gave its stock back: cancelled, expired, refused, or its ticket cancelled or resolved. */
    public static final EventType<ReservationReleased> RELEASED =
            new EventType<>("aftersales.part-reservation.released.v1", AGGREGATE, ReservationReleased.class);

    private ReservationEvents() {
    }
}
