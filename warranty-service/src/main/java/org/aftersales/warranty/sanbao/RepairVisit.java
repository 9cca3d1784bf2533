package org.aftersales.warranty.sanbao;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One repair of a device (修理记录): the one shape the 三包 engine, the entitlement and the device history count.
 *
 * @param component        the repaired component, {@link Claim#WHOLE_UNIT} for the whole unit
 * @param start            the repair was confirmed / the product sent in (送修)
 * @param end              completed and handed back; empty while still open (counted up to the claim)
 * @param resolved         the repair removed the fault
 * @param stoppedWork      the outage stopped the customer's work (停机; a contract's extension counts these)
 * @param partsWaitingDays days the product waited for parts (无零配件待修) outside {@code start..end}
 * @param delay            why the repair took long, for the rules that name a cause
 * @param nonCountingTime  time the car rule leaves out of the cumulative repair time: transport of VIN-bound parts
 *                         and traction batteries, roadside-rescue travel, time the owner caused (Art 24 ¶3)
 */
public record RepairVisit(
        String component,
        Instant start,
        Optional<Instant> end,
        String faultCode,
        boolean resolved,
        boolean stoppedWork,
        int partsWaitingDays,
        Delay delay,
        Duration nonCountingTime) {

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    /** Why a repair was late. */
    public enum Delay {
        NONE,
        /** 修理者自身原因. */
        REPAIRER,
        /** 生产者未按约定提供零配件. */
        PARTS_NOT_SUPPLIED,
        /** The manufacturer (factory repair, technical support) held the repair up. */
        MANUFACTURER,
        /** The customer held the repair up (access, approval): time the owner caused. */
        CUSTOMER
    }

    /**
     * An interval of a visit that does not count toward the cumulative repair time (car rule Art 24 ¶3), with its reason.
     */
    public record NonCounting(Instant from, Instant to, Reason reason) {

        /** Why the time does not count. */
        public enum Reason {
            /** 按照车辆识别代号（VIN）定制的防盗系统、全车主线束等特殊零部件的运输时间. */
            VIN_PART_TRANSPORT,
            /** 动力蓄电池的运输时间. */
            TRACTION_BATTERY_TRANSPORT,
            /** 外出救援路途所占用的时间. */
            ROADSIDE_RESCUE_TRAVEL,
            /** Time the owner caused (not collecting the car, not approving the repair) — [inference]. */
            OWNER_CAUSED
        }

        /**
         * The time {@code intervals} leave out of a visit from {@code start} to {@code end} (the claim for an open one):
         * each clipped to the visit, overlaps counted once.
         */
        public static Duration total(List<NonCounting> intervals, Instant start, Instant end) {
            List<NonCounting> sorted = intervals.stream().sorted(Comparator.comparing(NonCounting::from)).toList();
            Duration total = Duration.ZERO;
            Instant covered = start;
            for (NonCounting i : sorted) {
                Instant from = i.from().isBefore(covered) ? covered : i.from();
                Instant to = i.to().isAfter(end) ? end : i.to();
                if (to.isAfter(from)) {
                    total = total.plus(Duration.between(from, to));
                    covered = to;
                }
            }
            return total;
        }
    }

    /**
     * The days this visit occupied up to {@code until} for an open one: each started 24 hours counts as a day and a
     * visit at least one (家用汽车三包规定 Art 40), plus the days it waited for parts outside the visit. Cumulative
     * counting ({@code leaveOutNonCounting}) leaves out {@link #nonCountingTime}.
     */
    public long days(Instant until, boolean leaveOutNonCounting) {
        long millis = Duration.between(start, end.orElse(until)).toMillis();
        if (leaveOutNonCounting) {
            millis -= nonCountingTime.toMillis();
        }
        return Math.max(1, Math.ceilDiv(Math.max(millis, 0), DAY_MILLIS)) + partsWaitingDays;
    }

    /** A repair of the same problem (同一质量问题): the same fault of the same component. */
    public boolean sameProblem(String otherComponent, String otherFaultCode) {
        return component.equals(otherComponent) && faultCode.equals(otherFaultCode);
    }

    /** An unresolved outage that had ended by {@code day} (China time): it stopped work and the fault stayed. */
    public boolean unresolvedOutageBy(LocalDate day) {
        return stoppedWork && !resolved
                && end.filter(e -> !LocalDate.ofInstant(e, Claim.CHINA_TIME).isAfter(day)).isPresent();
    }
}
