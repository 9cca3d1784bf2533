package org.aftersales.events.parts;

import org.aftersales.events.EventType;

/**
 * The events of a return to the manufacturer (RMA) of a tested old part, published by parts-service on topic
 * {@code aftersales.rma}; the subject is the old part's id (one old part goes back at most once).
 */
public final class RmaEvents {

    public static final String AGGREGATE = "rma";

    /** The old part was shipped to the manufacturer under an RMA number. */
    public static final EventType<RmaSent> SENT =
            new EventType<>("aftersales.rma.sent.v1", AGGREGATE, RmaSent.class);

    /** The manufacturer's outcome: repaired, exchanged, credited or refused. */
    public static final EventType<RmaClosed> CLOSED =
            new EventType<>("aftersales.rma.closed.v1", AGGREGATE, RmaClosed.class);

    private RmaEvents() {
    }
}
