package org.aftersales.parts.reservation;

/** Where a reservation stands. Only AWAITING_APPROVAL and RESERVED hold stock on the shelf. */
public enum ReservationStatus {
    AWAITING_APPROVAL,
    RESERVED,
    ISSUED,
    CONSUMED,
    RETURNED,
    RELEASED;

    /** Whether it still holds reserved stock (and may be released). */
    public boolean holdsStock() {
        return this == AWAITING_APPROVAL || this == RESERVED;
    }
}
