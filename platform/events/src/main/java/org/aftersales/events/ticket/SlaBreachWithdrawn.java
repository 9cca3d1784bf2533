package org.aftersales.events.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored SLA breach (超时记录) was withdrawn: a reclassification took away the target it was measured against. The
 * breach stays on record, marked withdrawn; consumers that counted it (penalties, reports) count it apart.
 *
 * @param breachId the breach withdrawn
 * @param target which promise: {@code RESPONSE}, {@code ON_SITE}, {@code RESOLUTION}, …
 * @param contractId the contract whose commitment set the target; null under the default policy
 * @param promisedAt the deadline the breach was measured against
 * @param breachedAt when the breach was stored
 * @param withdrawnBy who reclassified the ticket
 * @param withdrawnAt when
 * @param reason why, e.g. {@code fault level CRITICAL → MINOR: RESPONSE now PT2H}
 */
public record SlaBreachWithdrawn(UUID ticketId, String customerOrganisation, UUID contractId, UUID breachId,
        String target, Instant promisedAt, Instant breachedAt, String withdrawnBy, Instant withdrawnAt,
        String reason) {

    public SlaBreachWithdrawn {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(breachId, "breachId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
