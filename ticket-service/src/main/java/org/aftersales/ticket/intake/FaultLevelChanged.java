package org.aftersales.ticket.intake;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.ticket.FaultLevel;

/**
 * A CDI event, fired synchronously inside the transaction that reclassified the ticket, when an agent changes its
 * fault level (故障等级): the SLA clocks recompute their targets from it.
 *
 * @param from the level before; never null, since only FAULT tickets, which always have one, are classified
 */
public record FaultLevelChanged(UUID ticketId, FaultLevel from, FaultLevel to, Instant at) {
}
