package org.aftersales.complaint.handling;

/** What the solution gives the complainant. COMPENSATION names its amount. */
public enum Remedy {
    FREE_EXCHANGE,
    REPAIR,
    REFUND,
    COMPENSATION,
    APOLOGY,
    TRAINING,
    PROCESS_CHANGE
}
