package org.aftersales.warranty.commitment;

import java.time.Period;

/**
 * 延保: an event that extends the warranty, each time it happens.
 *
 * @param trigger  the event
 * @param extendBy how much longer the warranty runs: 60 days per unresolved outage (002), 1 year (001)
 */
public record ExtensionRule(Trigger trigger, Period extendBy) {

    /** Events that extend a warranty. */
    public enum Trigger {
        /** 因不可排除故障而影响工作: an outage that stops work and cannot be cleared (seed 002). */
        UNRESOLVED_OUTAGE,
        /** The manufacturer's check in the last month of warranty fails (seed 001). */
        END_OF_WARRANTY_CHECK_FAILED
    }
}
