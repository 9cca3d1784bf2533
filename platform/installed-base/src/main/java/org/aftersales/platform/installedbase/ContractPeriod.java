package org.aftersales.platform.installedbase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a contract applies (合同有效期): from {@code startsOn} to {@code endsOn}, both inclusive, in the contract's
 * zone; a terminated contract (合同终止) only up to its {@code lastDayInForce}. A ticket takes the contract in force on
 * the day its fault was reported, a complaint the one in force on the day it was received.
 *
 * @param startsOn the first day in force; null: in force from the start
 * @param endsOn the last day in force, null when it has no end
 * @param lastDayInForce the last day after a termination, null while not terminated
 * @param zone the contract's zone, in which its days begin and end
 */
public record ContractPeriod(LocalDate startsOn, LocalDate endsOn, LocalDate lastDayInForce, ZoneId zone) {

    /** Whether the contract applies on the day, in its zone, of {@code instant}. */
    public boolean inForceAt(Instant instant) {
        return inForceOn(LocalDate.ofInstant(instant, zone));
    }

    /** Whether the contract applies on this day. */
    public boolean inForceOn(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn))
                && (endsOn == null || !day.isAfter(endsOn))
                && (lastDayInForce == null || !day.isAfter(lastDayInForce));
    }
}
