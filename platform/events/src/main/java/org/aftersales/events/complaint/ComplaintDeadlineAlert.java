package org.aftersales.events.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A complaint deadline reached its warning share (预警) or passed unmet (超时); a breach is stored as a fact with
 * the promised and the actual time.
 *
 * @param deadline {@code CONTACT}, {@code REPLY_PROMISE}, {@code DECISION} or {@code FOLLOW_UP}
 * @param startedAt when the deadline started running
 * @param promisedBy when it is due (the promise)
 * @param observedAt when the warning or breach was observed
 * @param round which round of handling: 0 before the first reopening, then one more per reopening
 */
public record ComplaintDeadlineAlert(UUID complaintId, String recordNumber, String customerOrganisation,
        String severity, Complainant complainant, String deadline, Instant startedAt, Instant promisedBy,
        Instant observedAt, String escalationLevel, int round) {

    public ComplaintDeadlineAlert {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(recordNumber, "recordNumber");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(promisedBy, "promisedBy");
        Objects.requireNonNull(observedAt, "observedAt");
    }
}
