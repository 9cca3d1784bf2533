package org.aftersales.notification.returnvisit;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.notification.FollowUp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return visit as the work queue shows it, with its latest outcome. */
public record ReturnVisitView(
        @Schema(description = "The return visit (回访)", required = true) UUID id,
        @Schema(description = "The closed ticket it follows up", required = true) UUID ticketId,
        @Schema(description = "The customer organisation to call") String customerOrganisation,
        @Schema(description = "The serviced device's serial number; null when the ticket named none")
        String deviceSerial,
        @Schema(description = "The engineer who served the ticket; null when none was assigned") String engineer,
        @Schema(description = "OPEN until an outcome with the customer reached is recorded, then RECORDED",
                required = true) ReturnVisit.State state,
        @Schema(description = "The contract's promise for the visit, e.g. 3 working days") String promise,
        @Schema(description = "When the ticket was closed (ISO-8601, UTC)", required = true) Instant closedAt,
        @Schema(description = "When the visit is due by the contract's promise (ISO-8601, UTC)", required = true)
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
        return new ReturnVisitView(visit.id, visit.ticketId, visit.customerOrganisation, visit.deviceSerial,
                visit.engineer, visit.state, visit.promise, visit.closedAt, visit.dueAt, visit.attempts,
                visit.reached, visit.satisfied, visit.followUp, visit.customerWords, visit.recordedBy,
                visit.recordedAt);
    }
}
