package org.aftersales.warranty.commitment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.events.ticket.FaultLevel;

/**
 * What ticket-service needs to run the clocks of one ticket: the targets of the service level its fault
 * level maps to, the calendar they run on, when they pause, and the reports due.
 *
 * @param faultLevel     the ticket's 故障等级
 * @param serviceLevel   the service level it maps to, e.g. {@code A}
 * @param serviceHours   the calendar the elapsed limits are measured on
 * @param response       callback deadline from the report
 * @param onSite         arrival deadline from the report, when promised
 * @param resolution     resolution deadline, when promised
 * @param resolutionFrom where the resolution clock starts
 * @param pauses         when every clock of the ticket stands still
 * @param reports        the reports due for the ticket
 * @param resolutionByFaultType a fault type's own resolution target, which wins over {@code resolution} (002: software
 *                       faults within 48 h)
 */
public record SlaTargets(
        FaultLevel faultLevel,
        String serviceLevel,
        ServiceHours serviceHours,
        TimeLimit response,
        Optional<TimeLimit> onSite,
        Optional<TimeLimit> resolution,
        ServiceLevel.ClockStart resolutionFrom,
        List<PauseCondition> pauses,
        List<ReportDeadline> reports,
        Map<FaultType, TimeLimit> resolutionByFaultType) {
}
