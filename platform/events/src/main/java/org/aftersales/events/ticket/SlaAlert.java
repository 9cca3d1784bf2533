package org.aftersales.events.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An SLA clock of a ticket reached its warning share (预警) or its deadline (超时).
 *
 * @param target which promise: {@code RESPONSE}, {@code ON_SITE}, {@code RESOLUTION}, {@code REPAIR_REPORT},
 *     {@code FAULT_ANALYSIS}
 * @param contractId the contract whose commitment set the target; null under the default policy
 * @param serviceLevel the service level of the ticket's fault level, e.g. {@code A}
 * @param targetTime the promise as ISO-8601 business time ({@code PT2H}) or {@code 3 working days}
 * @param deadline when the target is due
 * @param at when the warning or breach was raised
 * @param consequence what the contract says a breach costs; null for warnings and where it says nothing
 */
public record SlaAlert(UUID ticketId, String customerOrganisation, UUID contractId, String target,
        String serviceLevel, String targetTime, Instant startedAt, Instant deadline, Instant at, String consequence) {

    public SlaAlert {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(at, "at");
    }
}
