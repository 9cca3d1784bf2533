package org.aftersales.warranty.sanbao;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The one count of repairs and outages that the 三包 engine, the entitlement, the device history and remedy-due use.
 *
 * <ul>
 * <li><b>repairs of a problem</b> (累计): every repair of the same fault of the same component;</li>
 * <li><b>failing in a row</b> (连续修理仍未修好): the latest repairs of the same fault of the same component after
 * which it still failed, counted back from the newest; a repair of that problem that fixed it ends the run;
 * repairs of other faults or components neither count nor break it;</li>
 * <li><b>unresolved outages</b> (因不可排除故障而影响工作): repairs that stopped work and left the fault, ended by the
 * day asked about.</li>
 * </ul>
 */
public final class RepairTally {

    private RepairTally() {
    }

    /** Every repair of {@code faultCode} of {@code component}. */
    public static int repairsOf(List<RepairVisit> visits, String component, String faultCode) {
        return (int) visits.stream().filter(v -> v.sameProblem(component, faultCode)).count();
    }

    /** The latest repairs of the problem in a row after which it still failed; a fixing repair resets the count. */
    public static int failingInARow(List<RepairVisit> visits, String component, String faultCode) {
        List<RepairVisit> same = visits.stream()
                .filter(v -> v.sameProblem(component, faultCode))
                .sorted(Comparator.comparing(RepairVisit::start))
                .toList();
        int run = 0;
        for (int i = same.size() - 1; i >= 0 && !same.get(i).resolved(); i--) {
            run++;
        }
        return run;
    }

    /** The unresolved outages that had ended by {@code day}. */
    public static List<RepairVisit> unresolvedOutages(List<RepairVisit> visits, LocalDate day) {
        return visits.stream()
                .filter(v -> v.unresolvedOutageBy(day))
                .sorted(Comparator.comparing(RepairVisit::start))
                .toList();
    }
}
