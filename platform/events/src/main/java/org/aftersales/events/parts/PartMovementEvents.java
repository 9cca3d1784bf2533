package org.aftersales.events.parts;

import org.aftersales.events.EventType;

/**
 * What happened to a reserved part after it left the shelf, published by parts-service on topic
 * {@code aftersales.part-movement}; the subject is the reservation id, so one reservation's movements stay ordered.
 */
public final class PartMovementEvents {

    public static final String AGGREGATE = "part-movement";

    /** The part was issued to an engineer or shipped to a site (出库). */
    public static final EventType<PartMoved> ISSUED =
            new EventType<>("aftersales.part-movement.issued.v1", AGGREGATE, PartMoved.class);

    /** The issued part was used on the repair; it appears in the ticket's parts used. */
    public static final EventType<PartMoved> CONSUMED =
            new EventType<>("aftersales.part-movement.consumed.v1", AGGREGATE, PartMoved.class);

    /** The issued part came back unused and is on hand again. */
    public static final EventType<PartMoved> RETURNED =
            new EventType<>("aftersales.part-movement.returned.v1", AGGREGATE, PartMoved.class);

    private PartMovementEvents() {
    }
}
