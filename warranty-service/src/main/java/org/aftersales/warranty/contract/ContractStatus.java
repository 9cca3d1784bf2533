package org.aftersales.warranty.contract;

/** Where a contract stands. */
public enum ContractStatus {
    /** Being prepared; its terms apply to nothing yet. */
    DRAFT,
    /** In force: its terms are published to the other services. */
    ACTIVE
}
