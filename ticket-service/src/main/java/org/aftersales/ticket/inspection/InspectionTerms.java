package org.aftersales.ticket.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.platform.deadline.ContractCalendar;

/**
 * What inspections need of a contract's published terms: its plan, the calendar its days and working days are
 * counted on (always open in Asia/Shanghai unless the contract says otherwise), and the report deadline.
 */
record InspectionTerms(InspectionPlan plan, ServiceCalendar calendar, ReportWithin reportWithin) {

    static InspectionTerms of(ContractActivated terms, int defaultReportWorkingDays) {
        return new InspectionTerms(InspectionPlan.of(terms), ContractCalendar.of(terms.calendar()),
                ReportWithin.of(terms.inspectionReportWithin(), defaultReportWorkingDays));
    }

    /** For an inspection without a known contract: nothing planned, the default calendar and report deadline. */
    static InspectionTerms none(int defaultReportWorkingDays) {
        return new InspectionTerms(new InspectionPlan(List.of(), null, null),
                ServiceCalendar.alwaysOpen(ServiceCalendar.DEFAULT_ZONE),
                ReportWithin.of(null, defaultReportWorkingDays));
    }

    /** The day it is at {@code now} where the contract is served. */
    LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, calendar.zone());
    }
}
