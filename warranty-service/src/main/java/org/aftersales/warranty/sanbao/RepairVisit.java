package org.aftersales.warranty.sanbao;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One earlier repair (修理记录).
 *
 * @param start            the repair was confirmed / the product sent in (送修)
 * @param end              completed and handed back; empty while still open (counted up to the claim)
 * @param resolved         the repair removed the fault
 * @param stoppedWork      the outage stopped the customer's work (a contract's extension counts these)
 * @param partsWaitingDays days the product waited for parts (无零配件待修) outside {@code start..end}
 * @param delay            why the repair took long, for the rules that name a cause
 * @param nonCountingTime  time the car rule leaves out of the cumulative repair time: transport of VIN-bound parts
 *                         and traction batteries, roadside-rescue travel (Art 24 ¶3)
 */
public record RepairVisit(
        Instant start,
        Optional<Instant> end,
        String faultCode,
        boolean resolved,
        boolean stoppedWork,
        int partsWaitingDays,
        Delay delay,
        Duration nonCountingTime) {

    /** Why a repair was late. */
    public enum Delay {
        NONE,
        /** 修理者自身原因. */
        REPAIRER,
        /** 生产者未按约定提供零配件. */
        PARTS_NOT_SUPPLIED
    }
}
