package org.aftersales.ticket.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.LoanerTerm;
import org.aftersales.events.contract.ContractActivated.PenaltyTerm;
import org.aftersales.events.contract.ContractActivated.ReportTerm;
import org.aftersales.events.contract.ContractActivated.SlaTerm;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.platform.deadline.ContractCalendar;

/**
 * The SLA terms a ticket runs on, kept with the ticket when it is registered (a later contract does not
 * change a running ticket): the contract's commitment as published in {@code aftersales.contract.activated.v1},
 * or the default policy when the device has no contract.
 *
 * @param contractId the contract, null under the default policy
 * @param source {@code CONTRACT} or {@code DEFAULT}
 * @param warningAtPercent the share of each target at which a clock warns (预警); null: the service's setting
 *     ({@code aftersales.sla.warning-percent})
 * @param escalatingClocks the targets whose breach escalates the ticket; null: {@link #PROMISES_TO_THE_CUSTOMER}
 * @param loaner when a backup unit (备机) is owed at the vendor's cost; null when the terms owe none
 */
public record SlaTerms(
        String source,
        UUID contractId,
        String contractNumber,
        String commitmentId,
        Integer commitmentVersion,
        ContractActivated.ServiceCalendar calendar,
        List<SlaTerm> slaTerms,
        List<String> pauses,
        List<ReportTerm> reports,
        List<PenaltyTerm> penalties,
        Integer warningAtPercent,
        List<String> escalatingClocks,
        LoanerTerm loaner) {

    public static final String CONTRACT = "CONTRACT";
    public static final String DEFAULT = "DEFAULT";

    /** The targets whose breach escalates when the terms name none: the promises made to the customer. */
    public static final List<SlaClock.Target> PROMISES_TO_THE_CUSTOMER =
            List.of(SlaClock.Target.RESPONSE, SlaClock.Target.ON_SITE, SlaClock.Target.RESOLUTION);

    public SlaTerms {
        slaTerms = List.copyOf(slaTerms == null ? List.of() : slaTerms);
        pauses = List.copyOf(pauses == null ? List.of() : pauses);
        reports = List.copyOf(reports == null ? List.of() : reports);
        penalties = List.copyOf(penalties == null ? List.of() : penalties);
        escalatingClocks = escalatingClocks == null ? null : List.copyOf(escalatingClocks);
    }

    /** The terms of a contract in force. */
    public static SlaTerms of(ContractActivated contract) {
        return new SlaTerms(CONTRACT, contract.contractId(), contract.contractNumber(), contract.commitmentId(),
                contract.commitmentVersion(), contract.calendar(), contract.slaTerms(), contract.pauses(),
                contract.reports(), contract.penalties(), contract.warningAtPercent(), contract.escalatingClocks(),
                contract.loaner());
    }

    /** When the clocks run: 7×24, or the service hours on China's working days, in the contract's zone. */
    public ServiceCalendar serviceCalendar() {
        return ContractCalendar.of(calendar);
    }

    /** The same terms on another calendar. */
    public SlaTerms on(ServiceCalendar other) {
        return new SlaTerms(source, contractId, contractNumber, commitmentId, commitmentVersion, ContractCalendar.published(other),
                slaTerms, pauses, reports, penalties, warningAtPercent, escalatingClocks, loaner);
    }

    /** The service level a fault level maps to, e.g. {@code A}. */
    public Optional<String> serviceLevel(FaultLevel level) {
        return term(level).map(SlaTerm::serviceLevel);
    }

    /**
     * The promise of one target for a fault level and type; empty when the terms promise nothing there. A fault type's
     * own resolution target (seed 002: software within 48 h) wins over the level's; without a type, the level's.
     */
    public Optional<TimeTarget> target(SlaClock.Target target, FaultLevel level, FaultType type) {
        return switch (target) {
            case RESPONSE -> term(level).map(SlaTerm::response);
            case ON_SITE -> term(level).map(SlaTerm::onSite);
            case RESOLUTION -> term(level).map(term -> Optional.ofNullable(type)
                    .map(term.resolutionByFaultType()::get).orElse(term.resolution()));
            case REPAIR_REPORT, FAULT_ANALYSIS -> report(target).map(ReportTerm::within);
            case INSPECTION_REPORT -> Optional.empty();
        };
    }

    /** The share of each target, in percent, at which a clock warns: the terms', else {@code fallback}. */
    public int warningPercent(int fallback) {
        return warningAtPercent == null ? fallback : warningAtPercent;
    }

    /** Whether a breach of this target escalates the ticket (升级): the terms' choice, else the customer's promises. */
    public boolean escalates(SlaClock.Target target) {
        return escalatingClocks == null ? PROMISES_TO_THE_CUSTOMER.contains(target)
                : escalatingClocks.contains(target.name());
    }

    /** Whether the resolution clock starts at arrival rather than at the report. */
    public boolean resolutionFromArrival(FaultLevel level) {
        return term(level).map(term -> "ARRIVAL".equals(term.resolutionFrom())).orElse(false);
    }

    /** Whether the report clock of this kind starts at arrival (else at resolution). */
    public boolean reportAfterArrival(SlaClock.Target kind) {
        return report(kind).map(report -> "ARRIVAL".equals(report.after())).orElse(false);
    }

    /** Whether a wait of this pause condition ({@code WAITING_FOR_CUSTOMER}…) stops the clocks. */
    public boolean pausesFor(String pauseCondition) {
        return pauses.contains(pauseCondition);
    }

    /** What the contract says a breach of this target costs, e.g. {@code PERCENT_OF_CONTRACT_PRICE 1%}. */
    public Optional<String> consequence(SlaClock.Target target) {
        String breach = switch (target) {
            case RESPONSE -> "LATE_RESPONSE";
            case ON_SITE -> "LATE_ARRIVAL";
            case RESOLUTION -> "LATE_RESOLUTION";
            case REPAIR_REPORT, FAULT_ANALYSIS, INSPECTION_REPORT -> null;
        };
        return penalties.stream().filter(penalty -> penalty.breach().equals(breach)).findFirst()
                .map(penalty -> penalty.percent() == null ? penalty.consequence()
                        : penalty.consequence() + " " + penalty.percent().stripTrailingZeros().toPlainString() + "%");
    }

    /** A promise as people read it: {@code PT2H} or {@code 3 working days}. */
    public static String describe(TimeTarget target) {
        return target.elapsed() != null ? target.elapsed() : target.workingDays() + " working days";
    }

    /**
     * The business time a promise allows from {@code start} on {@code calendar}: elapsed time as it is;
     * N working days as the business time up to the end of the N-th working day after the start's day.
     */
    public static Duration businessTime(TimeTarget target, Instant start, ServiceCalendar calendar) {
        if (target.elapsed() != null) {
            return Duration.parse(target.elapsed());
        }
        return calendar.elapsed(start, calendar.addWorkingDays(start, target.workingDays()).at());
    }

    private Optional<SlaTerm> term(FaultLevel level) {
        return slaTerms.stream().filter(term -> term.faultLevel() == level).findFirst();
    }

    private Optional<ReportTerm> report(SlaClock.Target kind) {
        return reports.stream().filter(report -> report.kind().equals(kind.name())).findFirst();
    }
}
