package org.aftersales.ticket.sla;

/** Why a clock stopped counting before its target was met. */
public enum ClockStop {
    /** The ticket was resolved by phone or remotely: nobody has to come any more (ON_SITE). */
    RESOLVED_WITHOUT_VISIT,
    /** The ticket was cancelled. */
    CANCELLED,
    /** A reclassification took the target away; a later one that promises it again restarts the clock. */
    NOT_PROMISED
}
