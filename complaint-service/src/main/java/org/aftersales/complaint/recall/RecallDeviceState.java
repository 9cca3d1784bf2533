package org.aftersales.complaint.recall;

/** Where one affected device of a recall stands. */
public enum RecallDeviceState {
    /** The customer was sent the recall notice. */
    NOTIFIED,
    /** Repaired on site. */
    FIXED,
    /** Taken back to the factory. */
    COLLECTED,
    /** The customer refused the recall for it. */
    REFUSED;
}
