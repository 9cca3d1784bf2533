package org.aftersales.warranty.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.aftersales.warranty.sanbao.RepairTally;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the 三包 thresholds count, per component and fault of one device, as {@link RepairTally} counts them for the
 * engine: how often the same fault of the same component was repaired, how many of its latest repairs in a row left it
 * failing (a fixing repair resets the run), the cumulative repair days, and the unresolved outages (repairs that
 * stopped work and left the fault; each may extend the warranty, e.g. +60 days under seed 002).
 *
 * @param component the component; {@code whole-unit} for the whole unit
 * @param repairs repairs of this fault
 * @param failingInARow the latest repairs of this fault, in a row, after which it was still failing
 * @param repairDays repair days of this fault, each started 24 hours a day
 * @param unresolvedOutages repairs of this fault that stopped work and ended with the fault still there
 */
public record RepairCounts(
        @Schema(description = "The component; whole-unit for the whole unit") String component,
        @Schema(description = "The fault") String faultCode,
        @Schema(description = "Repairs of this fault") int repairs,
        @Schema(description = "The latest repairs of this fault, in a row, after which it was still failing")
        int failingInARow,
        @Schema(description = "Repair days of this fault, each started 24 hours a day") long repairDays,
        @Schema(description = "Repairs of this fault that stopped work and ended with the fault still there")
        int unresolvedOutages) {

    /** The counts of every component and fault in the device's repairs, in the order faults first occurred. */
    public static List<RepairCounts> of(List<RepairVisit> visits) {
        return visits.stream()
                .sorted(Comparator.comparing(RepairVisit::start))
                .map(v -> List.of(v.component(), v.faultCode()))
                .distinct()
                .map(problem -> count(visits, problem.get(0), problem.get(1)))
                .toList();
    }

    /** Total repair days of the device over every fault (cumulative, as the car rule's 30-day test counts). */
    public static long totalRepairDays(List<RepairVisit> visits) {
        return visits.stream().mapToLong(v -> v.days(Instant.MAX, false)).sum();
    }

    private static RepairCounts count(List<RepairVisit> visits, String component, String faultCode) {
        List<RepairVisit> same = visits.stream().filter(v -> v.sameProblem(component, faultCode)).toList();
        return new RepairCounts(component, faultCode, RepairTally.repairsOf(visits, component, faultCode),
                RepairTally.failingInARow(visits, component, faultCode), totalRepairDays(same),
                RepairTally.unresolvedOutages(same, LocalDate.MAX).size());
    }
}
