package org.aftersales.events.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;

/**
 * A contract came into force. It carries the terms of its published service commitment (服务承诺)
 * that other services apply themselves: the service calendar and SLA targets (ticket-service), the
 * inspection cadence (巡检) and the return visits (回访). Durations are ISO-8601 text ({@code PT30M},
 * periods {@code P1Y}).
 *
 * @param contractId the contract, also the event's subject
 * @param contractNumber the contract's number as the parties write it
 * @param customerOrganisation the customer organisation it binds (its tenant)
 * @param deviceSerials the devices it covers
 * @param startsOn first day in force
 * @param endsOn last day in force, when the contract has one
 * @param commitmentId the commitment whose terms apply
 * @param commitmentVersion the published version of that commitment
 * @param calendar when the SLA clocks run
 * @param slaTerms the targets of each fault level
 * @param pauses the conditions under which every SLA clock of a ticket stands still
 * @param inspections the inspection schedules, counted from each device's warranty start
 * @param inspectionReportWithin how soon after an inspection its report is due, when the commitment says
 * @param returnVisits the return visits owed
 * @param activatedAt when it came into force
 * @param reports the reports due for every service ticket, with their deadlines
 * @param penalties what a broken promise costs (违约责任), named on each stored SLA breach
 * @param warningAtPercent the share of each SLA target at which a warning (预警) fires; 75 when null
 * @param escalatingClocks the SLA clocks whose breach escalates the ticket ({@code RESPONSE}, {@code ON_SITE},
 *     {@code RESOLUTION}, {@code REPAIR_REPORT}, …); when null the promises to the customer: response, on site
 *     and resolution. An empty list: no breach escalates
 * @param spares the spare-part and backup-unit promise (备品备件), when the commitment makes one
 * @param loaner when a loaner or backup unit (备机) is lent at the vendor's cost, when the commitment says
 * @param complaints the deadlines of a complaint (投诉) about this contract, when the commitment sets its own
 */
public record ContractActivated(
        UUID contractId,
        String contractNumber,
        String customerOrganisation,
        List<String> deviceSerials,
        LocalDate startsOn,
        LocalDate endsOn,
        String commitmentId,
        int commitmentVersion,
        ServiceCalendar calendar,
        List<SlaTerm> slaTerms,
        List<String> pauses,
        List<InspectionSchedule> inspections,
        TimeTarget inspectionReportWithin,
        List<ReturnVisitTerm> returnVisits,
        Instant activatedAt,
        List<ReportTerm> reports,
        List<PenaltyTerm> penalties,
        Integer warningAtPercent,
        List<String> escalatingClocks,
        SpareTerms spares,
        LoanerTerm loaner,
        ComplaintTerms complaints) {

    public ContractActivated {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(activatedAt, "activatedAt");
        deviceSerials = List.copyOf(deviceSerials == null ? List.of() : deviceSerials);
        slaTerms = List.copyOf(slaTerms == null ? List.of() : slaTerms);
        pauses = List.copyOf(pauses == null ? List.of() : pauses);
        inspections = List.copyOf(inspections == null ? List.of() : inspections);
        returnVisits = List.copyOf(returnVisits == null ? List.of() : returnVisits);
        reports = List.copyOf(reports == null ? List.of() : reports);
        penalties = List.copyOf(penalties == null ? List.of() : penalties);
        escalatingClocks = escalatingClocks == null ? null : List.copyOf(escalatingClocks);
    }

    /**
     * When service is given: {@code ALWAYS} (7×24) or {@code WORKING_HOURS} from {@code from} to
     * {@code to} on the working days of {@code holidayCalendar} (e.g. {@code CN}, with 调休).
     */
    public record ServiceCalendar(String coverage, String zone, LocalTime from, LocalTime to, String holidayCalendar) {
    }

    /** A time target: elapsed time ({@code PT30M}) or whole working days, exactly one of them. */
    public record TimeTarget(String elapsed, Integer workingDays) {
    }

    /**
     * The targets of one fault level.
     *
     * @param resolution the resolution target of a fault of any type, when promised
     * @param resolutionFrom {@code REPORT} or {@code ARRIVAL}: where the resolution clock starts
     * @param resolutionByFaultType a fault type's own resolution target (seed 002: software faults within 48 h),
     *     which wins over {@code resolution} for a ticket of that type; empty when the commitment names none
     */
    public record SlaTerm(FaultLevel faultLevel, String serviceLevel, TimeTarget response, TimeTarget onSite,
            TimeTarget resolution, String resolutionFrom, Map<FaultType, TimeTarget> resolutionByFaultType) {

        public SlaTerm {
            resolutionByFaultType = resolutionByFaultType == null ? Map.of() : Map.copyOf(resolutionByFaultType);
        }
    }

    /**
     * 备品备件: a spare part or backup unit on site within {@code delivery} (seed 000: 4 h, 7×24).
     *
     * @param backupUnits the promise covers whole backup units (备机), not only parts
     * @param minimumLocalStockPercent local stock of at least this share of the installed quantity (seed 002: 3 %)
     */
    public record SpareTerms(TimeTarget delivery, boolean backupUnits, BigDecimal minimumLocalStockPercent) {
    }

    /**
     * 备机: a loaner lent at the vendor's cost when a repair is expected to take longer than
     * {@code repairLongerThan} (ISO-8601 duration; seed 002: {@code P2D}, seed 003: {@code PT24H}), only when the
     * device must go back to the factory if {@code onlyWhenReturnedToFactory} (seed 003).
     */
    public record LoanerTerm(String repairLongerThan, boolean onlyWhenReturnedToFactory) {
    }

    /**
     * The deadlines of a complaint (投诉) about this contract; each null one takes complaint-service's default.
     *
     * @param contactWithin contact the complainant after receipt (seed 000-3: 4 h; seed 003: reply within 2 h)
     * @param replyPromiseWithin the latest reply time that may be promised on first contact (seed 000: 8 h)
     * @param decisionWithin an investigated complaint's decision (seed 000-3: 7 days)
     * @param urgentDecisionWithin a special case's decision (seed 000-3: 24 h)
     * @param followUpWithin confirm with the complainant after the solution is carried out (seed 000-3: one week)
     */
    public record ComplaintTerms(TimeTarget contactWithin, TimeTarget replyPromiseWithin, TimeTarget decisionWithin,
            TimeTarget urgentDecisionWithin, TimeTarget followUpWithin) {
    }

    /**
     * One inspection schedule: every {@code everyMonths} months, or in the listed {@code months} on
     * {@code day}; active from {@code from} after the warranty start until {@code until} (open when null).
     */
    public record InspectionSchedule(String name, Integer everyMonths, List<Integer> months, int day, String from,
            String until) {
    }

    /** A return visit: after a trigger ({@code SERVICE_CLOSED}, {@code COMPLAINT_RESOLVED}) or {@code PERIODIC}. */
    public record ReturnVisitTerm(String trigger, TimeTarget within, Integer timesPerYear, boolean keyCustomersOnly) {
    }

    /**
     * A report due for every service ticket: {@code REPAIR_REPORT} (维修报告) or {@code FAULT_ANALYSIS}
     * (故障分析报告), due {@code within} after {@code after} ({@code ARRIVAL} or {@code RESOLUTION}); no
     * deadline when {@code within} is null.
     */
    public record ReportTerm(String kind, String after, TimeTarget within) {
    }

    /**
     * What breaking a promise costs: {@code breach} is {@code LATE_RESPONSE}, {@code LATE_ARRIVAL},
     * {@code LATE_RESOLUTION} or {@code SITE_RULES_BREACH}; {@code percent} of the contract price for
     * {@code PERCENT_OF_CONTRACT_PRICE}, else null.
     */
    public record PenaltyTerm(String breach, String consequence, BigDecimal percent) {
    }
}
