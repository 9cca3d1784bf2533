package org.aftersales.warranty.commitment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.commitment.LoanerTerm;
import org.aftersales.events.ticket.FaultLevel;

/**
 * 服务承诺: the machine-readable after-sales promises of one contract, customer or product line. The
 * document carries no version or status: those belong to {@link CommitmentVersion}, which keeps a published
 * document unchanged.
 *
 * @param id            the commitment's key, lower-case words joined by dashes: {@code seed-002-hospital-it}
 * @param title         what it is, for people
 * @param source        where its terms come from (a tender, a contract, a seed)
 * @param notes         remarks on how the terms were read, e.g. a number the source leaves open
 * @param serviceHours  when the clocks run (7×24×365 or working hours)
 * @param serviceLevels targets per service level, by name (A, B, C…)
 * @param faultLevels   the service level of each fault level; every fault level is mapped
 * @param slaPauses     when every SLA clock of a ticket stands still
 * @param reports       reports due for every service ticket (001 repair report within 3 h; 000 fault analysis)
 * @param spares        spare-part and backup-unit promises (000: on site within 4 h; 002: stock ≥ 3 %)
 * @param loaner        when a loaner unit is lent (002: repair over 2 days; 003: over 24 h and back to the factory)
 * @param inspection    planned inspections (巡检)
 * @param returnVisits  return visits (回访)
 * @param warranty      warranty terms (质保)
 * @param repeatedFailure new unit after repeated repairs of the same fault (002: 2, 000: 3)
 * @param extensions    events that extend the warranty (002: +60 days per unresolved outage; 001: +1 year)
 * @param outOfWarranty charges after the warranty
 * @param penalties     consequences of breaches (001)
 * @param warningAtPercent the share of each SLA target at which a clock warns (预警); the service default (75) when
 *                      absent
 * @param escalatingClocks the targets whose breach escalates a ticket (升级); the promises to the customer (response,
 *                      on site, resolution) when absent
 */
public record Commitment(
        String id,
        String title,
        Optional<String> source,
        Optional<String> notes,
        ServiceHours serviceHours,
        Map<String, ServiceLevel> serviceLevels,
        Map<FaultLevel, String> faultLevels,
        List<PauseCondition> slaPauses,
        List<ReportDeadline> reports,
        Optional<SpareSupply> spares,
        Optional<LoanerTerm> loaner,
        Optional<Inspection> inspection,
        List<ReturnVisitRule> returnVisits,
        WarrantyTerms warranty,
        Optional<RepeatedFailureRule> repeatedFailure,
        List<ExtensionRule> extensions,
        Optional<OutOfWarrantyCharges> outOfWarranty,
        List<Penalty> penalties,
        Optional<Integer> warningAtPercent,
        Optional<List<SlaTarget>> escalatingClocks) {

    /** The SLA targets of a ticket of this fault level, whatever its fault type. */
    public SlaTargets targetsFor(FaultLevel faultLevel) {
        String name = faultLevels.get(faultLevel);
        ServiceLevel level = serviceLevels.get(name);
        return targets(faultLevel, name, level, level.resolution());
    }

    /** The SLA targets of a ticket of this fault level and type: a type's own resolution target wins. */
    public SlaTargets targetsFor(FaultLevel faultLevel, FaultType faultType) {
        String name = faultLevels.get(faultLevel);
        ServiceLevel level = serviceLevels.get(name);
        return targets(faultLevel, name, level, level.resolutionFor(faultType));
    }

    private SlaTargets targets(FaultLevel faultLevel, String name, ServiceLevel level, Optional<TimeLimit> resolution) {
        return new SlaTargets(faultLevel, name, serviceHours, level.response(), level.onSite(), resolution,
                level.resolutionFrom(), slaPauses, reports, level.resolutionByFaultType());
    }
}
