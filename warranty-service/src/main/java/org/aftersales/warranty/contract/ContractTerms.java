package org.aftersales.warranty.contract;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.aftersales.commitment.LoanerTerm;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.warranty.commitment.Commitment;
import org.aftersales.warranty.commitment.Inspection;
import org.aftersales.warranty.commitment.Penalty;
import org.aftersales.warranty.commitment.ReportDeadline;
import org.aftersales.warranty.commitment.ReturnVisitRule;
import org.aftersales.warranty.commitment.ServiceHours;
import org.aftersales.warranty.commitment.SlaTargets;
import org.aftersales.warranty.commitment.SpareSupply;
import org.aftersales.warranty.commitment.TimeLimit;

/** The terms of a contract's commitment that other services need, as {@code aftersales.contract.activated.v1}. */
final class ContractTerms {

    private ContractTerms() {
    }

    static ContractActivated activated(Contract contract, List<String> deviceSerials, Commitment commitment,
            Instant activatedAt) {
        ServiceHours hours = commitment.serviceHours();
        return new ContractActivated(contract.id, contract.number, contract.customerOrganisation, deviceSerials,
                contract.startsOn, contract.endsOn, contract.commitmentId, contract.commitmentVersion,
                new ContractActivated.ServiceCalendar(hours.coverage().name(), hours.zone().getId(),
                        hours.workingHours().map(ServiceHours.WorkingHours::from).orElse(null),
                        hours.workingHours().map(ServiceHours.WorkingHours::to).orElse(null), hours.holidayCalendar()),
                Arrays.stream(FaultLevel.values()).map(level -> slaTerm(commitment.targetsFor(level))).toList(),
                commitment.slaPauses().stream().map(Enum::name).toList(),
                commitment.inspection().map(i -> i.cadence().stream().map(ContractTerms::schedule).toList()).orElse(List.of()),
                commitment.inspection().flatMap(Inspection::report).map(ContractTerms::target).orElse(null),
                commitment.returnVisits().stream().map(ContractTerms::returnVisit).toList(),
                activatedAt,
                commitment.reports().stream().map(ContractTerms::report).toList(),
                commitment.penalties().stream().map(ContractTerms::penalty).toList(),
                commitment.warningAtPercent().orElse(null),
                commitment.escalatingClocks().map(clocks -> clocks.stream().map(Enum::name).toList()).orElse(null),
                commitment.spares().map(ContractTerms::spares).orElse(null),
                commitment.loaner().map(LoanerTerm::toEvent).orElse(null),
                null);
    }

    private static ContractActivated.SlaTerm slaTerm(SlaTargets targets) {
        return new ContractActivated.SlaTerm(targets.faultLevel(), targets.serviceLevel(), target(targets.response()),
                targets.onSite().map(ContractTerms::target).orElse(null),
                targets.resolution().map(ContractTerms::target).orElse(null), targets.resolutionFrom().name(),
                targets.resolutionByFaultType().entrySet().stream().collect(Collectors.toMap(
                        type -> FaultType.valueOf(type.getKey().name()),
                        type -> target(type.getValue()))));
    }

    private static ContractActivated.InspectionSchedule schedule(Inspection.Cadence cadence) {
        return new ContractActivated.InspectionSchedule(cadence.name(), cadence.every().orElse(null), cadence.months(),
                cadence.day(), cadence.from().toString(), cadence.until().map(Object::toString).orElse(null));
    }

    private static ContractActivated.ReturnVisitTerm returnVisit(ReturnVisitRule rule) {
        return new ContractActivated.ReturnVisitTerm(rule.trigger().name(), rule.within().map(ContractTerms::target).orElse(null),
                rule.timesPerYear().orElse(null), rule.keyCustomersOnly());
    }

    private static ContractActivated.ReportTerm report(ReportDeadline report) {
        return new ContractActivated.ReportTerm(report.kind().name(), report.after().name(),
                report.within().map(ContractTerms::target).orElse(null));
    }

    private static ContractActivated.SpareTerms spares(SpareSupply spares) {
        return new ContractActivated.SpareTerms(spares.delivery().map(ContractTerms::target).orElse(null),
                spares.backupUnits(), spares.minimumLocalStockPercent().orElse(null));
    }

    private static ContractActivated.PenaltyTerm penalty(Penalty penalty) {
        return new ContractActivated.PenaltyTerm(penalty.breach().name(), penalty.consequence().name(),
                penalty.percent().orElse(null));
    }

    static ContractActivated.TimeTarget target(TimeLimit limit) {
        return switch (limit) {
            case TimeLimit.Elapsed(var duration) -> new ContractActivated.TimeTarget(duration.toString(), null);
            case TimeLimit.WorkingDays(var days) -> new ContractActivated.TimeTarget(null, days);
        };
    }
}
