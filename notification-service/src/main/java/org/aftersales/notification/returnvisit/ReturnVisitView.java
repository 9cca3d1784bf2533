package org.aftersales.notification.returnvisit;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.notification.FollowUp;

/** A return visit as the work queue shows it, with its latest outcome. */
public record ReturnVisitView(UUID id, UUID ticketId, String customerOrganisation, String deviceSerial,
        String engineer, ReturnVisit.State state, String promise, Instant closedAt, Instant dueAt, int attempts,
        Boolean reached, Boolean satisfied, FollowUp followUp, String customerWords, String recordedBy,
        Instant recordedAt) {

    static ReturnVisitView of(ReturnVisit visit) {
        return new ReturnVisitView(visit.id, visit.ticketId, visit.customerOrganisation, visit.deviceSerial,
                visit.engineer, visit.state, visit.promise, visit.closedAt, visit.dueAt, visit.attempts,
                visit.reached, visit.satisfied, visit.followUp, visit.customerWords, visit.recordedBy,
                visit.recordedAt);
    }
}
