package org.aftersales.notification.returnvisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aftersales.events.notification.FollowUp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return visit as the work queue shows it, with its latest outcome. */
public record ReturnVisitView(
        @Schema(description = "The return visit (回访)", required = true) UUID id,
        @Schema(description = "Why the visit is owed: SERVICE_CLOSED (after a closed ticket) or PERIODIC (a contract's "
                + "定期回访, seed 001)", required = true) ReturnVisit.Reason reason,
        @Schema(description = "The closed ticket a SERVICE_CLOSED visit follows up; absent for a periodic visit",
                nullable = true) UUID ticketId,
        @Schema(description = "The contract of a PERIODIC visit; absent for a visit after a closed ticket",
                nullable = true) UUID contractId,
        @Schema(description = "First day (China time) of the period a PERIODIC visit is made in; absent otherwise",
                nullable = true) LocalDate periodStartsOn,
        @Schema(description = "Last day (China time) of the period a PERIODIC visit is made in: it is due by the end "
                + "of that day; absent otherwise", nullable = true) LocalDate periodEndsOn,
        @Schema(description = "The customer organisation to call") String customerOrganisation,
        @Schema(description = "The serviced device's serial number; null when the ticket named none or for a "
                + "periodic visit") String deviceSerial,
        @Schema(description = "The engineer who served the ticket; null when none was assigned or for a periodic "
                + "visit") String engineer,
        @Schema(description = "OPEN until an outcome with the customer reached is recorded, then RECORDED; CANCELLED "
                + "when a periodic visit is no longer owed", required = true) ReturnVisit.State state,
        @Schema(description = "The promise for the visit, e.g. 3 working days, or the period's length (ISO-8601)")
        String promise,
        @Schema(description = "When the ticket was closed (ISO-8601, UTC); absent for a periodic visit",
                nullable = true) Instant closedAt,
        @Schema(description = "When the visit is due (ISO-8601, UTC)", required = true)
        Instant dueAt,
        @Schema(description = "Outcomes recorded so far, unreached ones included") int attempts,
        @Schema(description = "The latest outcome: whether the customer was reached; null before any call")
        Boolean reached,
        @Schema(description = "The latest outcome: whether the customer is satisfied (满意); null when unknown")
        Boolean satisfied,
        @Schema(description = "The latest outcome: what follows; null before any outcome", nullable = true)
        FollowUp followUp,
        @Schema(description = "The latest outcome: what the customer said") String customerWords,
        @Schema(description = "The agent who recorded the latest outcome; null before any") String recordedBy,
        @Schema(description = "When the latest outcome was recorded (ISO-8601, UTC); null before any",
                nullable = true) Instant recordedAt) {

    static ReturnVisitView of(ReturnVisit visit) {
        return new ReturnVisitView(visit.id, visit.reason, visit.ticketId, visit.contractId, visit.periodStartsOn,
                visit.periodEndsOn, visit.customerOrganisation, visit.deviceSerial,
                visit.engineer, visit.state, visit.promise, visit.closedAt, visit.dueAt, visit.attempts,
                visit.reached, visit.satisfied, visit.followUp, visit.customerWords, visit.recordedBy,
                visit.recordedAt);
    }
}
