package org.aftersales.warranty.contract;

/** Where a contract stands. */
public enum ContractStatus {
    /** Being prepared; its terms apply to nothing yet. */
    DRAFT,
    /** In force: its terms are published to the other services. */
    ACTIVE,
    /** Terminated before its end (合同终止): in force up to its last day in force, then no more. */
    TERMINATED
}
