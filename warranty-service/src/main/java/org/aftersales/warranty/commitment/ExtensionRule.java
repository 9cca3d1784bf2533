package org.aftersales.warranty.commitment;

import java.time.Period;
import java.util.List;

/**
 * 延保: an event that extends the warranty, each time it happens.
 *
 * @param trigger  the event
 * @param extendBy how much longer the warranty runs: 60 days per unresolved outage (002), 1 year (001)
 */
public record ExtensionRule(Trigger trigger, Period extendBy) {

    /** The days each occurrence adds, the one count entitlement and claims use: months count 30 days, years 365. */
    public int days() {
        return extendBy.getYears() * 365 + extendBy.getMonths() * 30 + extendBy.getDays();
    }

    /** The days an unresolved outage adds under {@code rules} (seed 002: 60); 0 when none extends on outages. */
    public static int daysPerUnresolvedOutage(List<ExtensionRule> rules) {
        return rules.stream().filter(r -> r.trigger() == Trigger.UNRESOLVED_OUTAGE).mapToInt(ExtensionRule::days).sum();
    }

    /** Events that extend a warranty. */
    public enum Trigger {
        /** 因不可排除故障而影响工作: an outage that stops work and cannot be cleared (seed 002). */
        UNRESOLVED_OUTAGE,
        /** The manufacturer's check in the last month of warranty fails (seed 001). */
        END_OF_WARRANTY_CHECK_FAILED
    }
}
