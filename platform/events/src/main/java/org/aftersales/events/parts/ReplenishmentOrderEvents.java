package org.aftersales.events.parts;

import org.aftersales.events.EventType;

/**
 * The events of a replenishment order (补货单) for a location, published by parts-service on topic
 * {@code aftersales.replenishment-order}; the subject is the order's id.
 */
public final class ReplenishmentOrderEvents {

    public static final String AGGREGATE = "replenishment-order";

    /** Stock of a part was ordered for a location, from a supplier or another location. */
    public static final EventType<ReplenishmentOrderChanged> PLACED =
            new EventType<>("aftersales.replenishment-order.placed.v1", AGGREGATE, ReplenishmentOrderChanged.class);

    /** Some or the rest of it arrived (a RECEIPT in the ledger); {@code status} says which. */
    public static final EventType<ReplenishmentOrderChanged> RECEIVED =
            new EventType<>("aftersales.replenishment-order.received.v1", AGGREGATE, ReplenishmentOrderChanged.class);

    /** What had not arrived is no longer expected. */
    public static final EventType<ReplenishmentOrderChanged> CANCELLED =
            new EventType<>("aftersales.replenishment-order.cancelled.v1", AGGREGATE,
                    ReplenishmentOrderChanged.class);

    private ReplenishmentOrderEvents() {
    }
}
