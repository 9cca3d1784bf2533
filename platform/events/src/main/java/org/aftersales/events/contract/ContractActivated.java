package org.aftersales.events.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aftersales.events.ticket.FaultLevel;

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
        List<PenaltyTerm> penalties) {

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
     * @param resolutionFrom {@code REPORT} or {@code ARRIVAL}: where the resolution clock starts
     */
    public record SlaTerm(FaultLevel faultLevel, String serviceLevel, TimeTarget response, TimeTarget onSite,
            TimeTarget resolution, String resolutionFrom) {
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
