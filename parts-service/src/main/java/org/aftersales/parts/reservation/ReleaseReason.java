package org.aftersales.parts.reservation;

/** Why a reservation gave its stock back. */
public enum ReleaseReason {
    /** Released by hand. */
    CANCELLED,
    /** Not issued within the hold time. */
    EXPIRED,
    /** The manager refused the replacement or supplementary part, with a reason. */
    REFUSED,
    /** Its ticket was cancelled. */
    TICKET_CANCELLED,
    /** Its ticket was resolved without it. */
    TICKET_RESOLVED
}
