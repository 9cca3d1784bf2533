package org.aftersales.parts.oldpart;

/** Where an old part (旧件) stands. */
public enum OldPartStatus {
    /** Taken out on a repair, on its way back. */
    EXPECTED,
    RECEIVED,
    /** Quality tested it. */
    TESTED,
    /** 报废. */
    SCRAPPED,
    /** Repaired and back on the shelf. */
    IN_STOCK,
    /** Sent to the manufacturer under an RMA. */
    AT_MANUFACTURER,
    /** The manufacturer answered the RMA. */
    RMA_CLOSED
}
