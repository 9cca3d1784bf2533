package org.aftersales.warranty.commitment;

/** When SLA clocks stand still; the seeds name none, so a commitment lists the ones its contract agrees. */
public enum PauseCondition {
    /** Waiting for the customer: access to the site, an answer, a test window. */
    WAITING_FOR_CUSTOMER,
    /** Waiting for spare parts (等待备件): pauses only where the contract says so. */
    WAITING_FOR_PARTS,
    /** Waiting for the manufacturer (原厂, RMA) where the contract excludes that time. */
    WAITING_FOR_MANUFACTURER
}
