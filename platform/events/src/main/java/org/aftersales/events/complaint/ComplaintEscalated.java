package org.aftersales.events.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A complaint went one level up the chain (升级): agent → quality → after-sales manager → general manager.
 *
 * @param trigger {@code BY_HAND}, {@code DEADLINE_BREACHED} or {@code REOPENED}
 */
public record ComplaintEscalated(UUID complaintId, String recordNumber, String customerOrganisation, String severity,
        Complainant complainant, String fromLevel, String toLevel, String trigger, String reason, String escalatedBy,
        Instant escalatedAt) {

    public ComplaintEscalated {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(recordNumber, "recordNumber");
        Objects.requireNonNull(fromLevel, "fromLevel");
        Objects.requireNonNull(toLevel, "toLevel");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(escalatedAt, "escalatedAt");
    }
}
