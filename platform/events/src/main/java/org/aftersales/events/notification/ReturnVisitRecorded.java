package org.aftersales.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of a return visit (回访) was recorded: whether the customer was reached, was satisfied, and what follows.
 *
 * @param ticketId the closed ticket the visit is about, null for a visit about a complaint
 * @param complaintId the complaint the visit is about, null for a visit about a ticket
 * @param satisfied whether the customer said they were satisfied; null when not reached
 * @param customerWords what the customer said, as the agent wrote it down
 */
public record ReturnVisitRecorded(UUID returnVisitId, UUID ticketId, UUID complaintId, String customerOrganisation,
        boolean reached, Boolean satisfied, FollowUp followUp, String customerWords, String recordedBy,
        Instant recordedAt) {

    public ReturnVisitRecorded {
        Objects.requireNonNull(returnVisitId, "returnVisitId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
