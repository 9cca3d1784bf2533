package org.aftersales.events.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A complaint moved through its lifecycle (contacted, determined, solved, reopened, closed): what was done, from
 * which status to which, by whom and why.
 *
 * @param action the lifecycle action, e.g. {@code CONTACT}, {@code DETERMINE}, {@code REJECT_SOLUTION}
 * @param escalationLevel the level the complaint is handled at after the action ({@code AGENT}, {@code QUALITY},
 *     {@code AFTER_SALES_MANAGER}, {@code GENERAL_MANAGER})
 * @param qualityProblem the determination (质量问题界定) {@code YES}, {@code NO} or {@code UNDETERMINED}; null until
 *     the complaint is determined
 * @param reopenCount how often the complainant rejected a solution so far
 */
public record ComplaintStatusChanged(UUID complaintId, String recordNumber, String customerOrganisation,
        String severity, Complainant complainant, String action, String fromStatus, String toStatus, String reason,
        String escalationLevel, String qualityProblem, int reopenCount, String changedBy, Instant changedAt) {

    public ComplaintStatusChanged {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(recordNumber, "recordNumber");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(fromStatus, "fromStatus");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
