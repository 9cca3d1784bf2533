package org.aftersales.ticket.dispatch;

/** Where an assignment (派工) stands with its engineer. */
public enum AssignmentState {
    /** Sent; the engineer has not answered yet. */
    PENDING,
    /** The engineer accepted (or checked in on site, which accepts it). */
    ACCEPTED,
    /** The engineer declined, with a reason; the ticket has no engineer until it is assigned again. */
    DECLINED,
    /** Replaced by a later assignment of the ticket. */
    REPLACED
}
