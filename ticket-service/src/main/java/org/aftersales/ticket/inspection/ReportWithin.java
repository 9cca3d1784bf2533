package org.aftersales.ticket.inspection;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.ticket.sla.SlaTerms;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 巡检报告期限: how soon after the visit the inspection report is due — elapsed time ({@code PT72H}) or whole
 * working days (000: 三个工作日内), exactly one of them.
 */
@Schema(name = "InspectionReportWithin", description = "How soon after the visit the inspection report is due")
public record ReportWithin(
        @Schema(description = "Elapsed time, ISO-8601", examples = "PT72H") String elapsed,
        @Schema(description = "Working days (工作日) after the day of the visit", examples = "3") Integer workingDays) {

    /** The contract's target, or {@code defaultWorkingDays} working days when it names none. */
    static ReportWithin of(ContractActivated.TimeTarget target, int defaultWorkingDays) {
        if (target == null || (target.elapsed() == null && target.workingDays() == null)) {
            return new ReportWithin(null, defaultWorkingDays);
        }
        return new ReportWithin(target.workingDays() == null ? target.elapsed() : null, target.workingDays());
    }

    /** The promise as people read it: {@code PT72H} or {@code 3 working days}. */
    String describe() {
        return SlaTerms.describe(new ContractActivated.TimeTarget(elapsed, workingDays));
    }

    /** When the report of a visit at {@code inspectedAt} is due on {@code calendar}. */
    ServiceCalendar.Due dueAfter(Instant inspectedAt, ServiceCalendar calendar) {
        if (workingDays != null) {
            return calendar.addWorkingDays(inspectedAt, workingDays);
        }
        Instant at = calendar.deadline(inspectedAt, Duration.parse(elapsed));
        return new ServiceCalendar.Due(at, calendar.guessed(inspectedAt, at));
    }
}
