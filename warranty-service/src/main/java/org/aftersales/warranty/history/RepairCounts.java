package org.aftersales.warranty.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the 三包 thresholds count, per component and fault of one device: how often the same fault was
 * repaired, how many of the latest repairs in a row left it failing, the cumulative repair days, and
 * the unresolved outages (each may extend the warranty, e.g. +60 days under seed 002).
 *
 * @param component the component; null for the whole unit
 * @param repairs repairs of this fault
 * @param failingInARow the latest repairs of this fault, in a row, after which it was still failing
 * @param repairDays repair days of this fault, each started 24 hours a day
 * @param unresolvedOutages repairs of this fault that ended with the fault still there
 */
public record RepairCounts(String component, String faultCode, int repairs, int failingInARow, long repairDays,
        int unresolvedOutages) {

    /** The counts of every component and fault in the device's repairs, in the order faults first occurred. */
    public static List<RepairCounts> of(List<RepairVisit> visits) {
        Map<List<String>, List<RepairVisit>> byFault = new LinkedHashMap<>();
        visits.stream()
                .sorted(Comparator.comparing(RepairVisit::startedAt))
                .forEach(visit -> byFault.computeIfAbsent(Arrays.asList(visit.component(), visit.faultCode()),
                        key -> new ArrayList<>()).add(visit));
        return byFault.values().stream().map(RepairCounts::count).toList();
    }

    /** Total repair days of the device over every fault (cumulative, as the car rule's 30-day test counts). */
    public static long totalRepairDays(List<RepairVisit> visits) {
        return visits.stream().mapToLong(RepairVisit::repairDays).sum();
    }

    private static RepairCounts count(List<RepairVisit> visits) {
        int failingInARow = 0;
        for (int i = visits.size() - 1; i >= 0 && !visits.get(i).faultGone(); i--) {
            failingInARow++;
        }
        RepairVisit first = visits.get(0);
        return new RepairCounts(first.component(), first.faultCode(), visits.size(), failingInARow,
                visits.stream().mapToLong(RepairVisit::repairDays).sum(),
                (int) visits.stream().filter(v -> !v.faultGone()).count());
    }
}
