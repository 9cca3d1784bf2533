package org.aftersales.complaint.handling;

import java.util.Optional;

/** Who answers for a complaint (升级): agent → quality → after-sales manager → general manager. */
public enum EscalationLevel {
    /** 接线助理. */
    AGENT,
    /** 品质部. */
    QUALITY,
    /** 售后经理. */
    AFTER_SALES_MANAGER,
    /** 总经理 (seed 000: the report for defective-product handling goes to the general manager). */
    GENERAL_MANAGER;

    /** The next level up, empty at the top. */
    public Optional<EscalationLevel> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
