package org.aftersales.notification.returnvisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aftersales.events.notification.FollowUp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return visit as the work queue shows it, with its latest outcome. */
public record ReturnVisitView(UUID id,
        @Schema(description = "Why the visit is owed: SERVICE_CLOSED (after a closed ticket) or PERIODIC (a contract's "
                + "定期回访, seed 001)", required = true) ReturnVisit.Reason reason,
        UUID ticketId,
        @Schema(description = "The contract of a PERIODIC visit; absent for a visit after a closed ticket",
                nullable = true) UUID contractId,
        @Schema(description = "First day (China time) of the period a PERIODIC visit is made in; absent otherwise",
                nullable = true) LocalDate periodStartsOn,
        @Schema(description = "Last day (China time) of the period a PERIODIC visit is made in: it is due by the end "
                + "of that day; absent otherwise", nullable = true) LocalDate periodEndsOn,
        String customerOrganisation, String deviceSerial,
        String engineer, ReturnVisit.State state, String promise, Instant closedAt, Instant dueAt, int attempts,
        Boolean reached, Boolean satisfied, FollowUp followUp, String customerWords, String recordedBy,
        Instant recordedAt) {

    static ReturnVisitView of(ReturnVisit visit) {
        return new ReturnVisitView(visit.id, visit.reason, visit.ticketId, visit.contractId, visit.periodStartsOn,
                visit.periodEndsOn, visit.customerOrganisation, visit.deviceSerial,
                visit.engineer, visit.state, visit.promise, visit.closedAt, visit.dueAt, visit.attempts,
                visit.reached, visit.satisfied, visit.followUp, visit.customerWords, visit.recordedBy,
                visit.recordedAt);
    }
}
