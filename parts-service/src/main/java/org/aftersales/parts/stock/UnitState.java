package org.aftersales.parts.stock;

import java.util.Set;

/**
 * Where a unit of a serial-tracked part stands (ADR 0035). IN_STOCK and RESERVED units are on hand at their location,
 * IN_TRANSIT units on their way to it; ISSUED and LENT units are out with an engineer, a site or a customer, and still
 * the service's; CONSUMED, SCRAPPED and MISSING units are gone from its stock and may come back only as a receipt or
 * a count's adjustment.
 */
public enum UnitState {
    /** On the shelf and free. */
    IN_STOCK,
    /** On the shelf, set aside for a reservation that named it. */
    RESERVED,
    /** Sent with a transfer; at its destination once received. */
    IN_TRANSIT,
    /** 出库: with the engineer or site of its reservation. */
    ISSUED,
    /** 备机借出: lent to a ticket's customer. */
    LENT,
    /** Used on the repair of its reservation's ticket. */
    CONSUMED,
    /** 报废: written off. */
    SCRAPPED,
    /** 盘点: a count did not find it. */
    MISSING;

    /** The states as a query parameter takes them (a bad one is 400 naming the parameter). */
    public static final String PATTERN = "IN_STOCK|RESERVED|IN_TRANSIT|ISSUED|LENT|CONSUMED|SCRAPPED|MISSING";

    /** The units that left the service's stock for good, as far as it knows: a receipt may bring one back. */
    public static final Set<UnitState> GONE = Set.of(CONSUMED, SCRAPPED, MISSING);

    /** Whether a unit in this state belongs to a reservation (the one that reserved, issued or consumed it). */
    public boolean ofReservation() {
        return this == RESERVED || this == ISSUED || this == CONSUMED;
    }
}
