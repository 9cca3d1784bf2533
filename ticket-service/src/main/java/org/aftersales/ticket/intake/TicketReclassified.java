package org.aftersales.ticket.intake;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;

/**
 * A CDI event, fired synchronously inside the transaction that reclassified the ticket, when an agent changes its
 * fault level (故障等级) or fault type (故障类型): the SLA clocks recompute their targets from it.
 *
 * @param fromLevel the level before; never null, since only FAULT tickets, which always have one, are classified
 * @param fromType the type before, null when it was not known
 * @param by who reclassified it
 */
public record TicketReclassified(UUID ticketId, FaultLevel fromLevel, FaultLevel toLevel, FaultType fromType,
        FaultType toType, String by, Instant at) {

    /** E.g. {@code fault level CRITICAL → MINOR, fault type null → SOFTWARE}. */
    public String describe() {
        StringBuilder change = new StringBuilder();
        if (fromLevel != toLevel) {
            change.append("fault level ").append(fromLevel).append(" → ").append(toLevel);
        }
        if (fromType != toType) {
            change.append(change.isEmpty() ? "" : ", ").append("fault type ").append(fromType).append(" → ")
                    .append(toType);
        }
        return change.toString();
    }
}
