package org.aftersales.ticket.sla;

import java.time.Instant;
import java.util.UUID;

/** A CDI event fired inside the transaction that stored a breach, e.g. for escalation on a breach. */
public record SlaBreached(UUID ticketId, SlaClock.Target target, Instant deadline, Instant breachedAt) {
}
