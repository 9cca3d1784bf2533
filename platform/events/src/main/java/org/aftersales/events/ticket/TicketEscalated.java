package org.aftersales.events.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket was escalated (升级) one level up the chain engineer → senior engineer → manager → leadership,
 * so that a more senior person takes it on (seed 003).
 *
 * @param fromLevel the level before, e.g. {@code ENGINEER}
 * @param toLevel the level now, e.g. {@code SENIOR_ENGINEER}
 * @param trigger what raised it: {@code HAND} (an agent or manager), {@code BREACH} (an SLA target was missed),
 *     {@code REJECTION} (the customer rejected the result)
 * @param escalatedBy the user who escalated, or who caused the escalation
 */
public record TicketEscalated(UUID ticketId, String customerOrganisation, String fromLevel, String toLevel,
        String trigger, String reason, String escalatedBy, Instant escalatedAt) {

    public TicketEscalated {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(fromLevel, "fromLevel");
        Objects.requireNonNull(toLevel, "toLevel");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(escalatedAt, "escalatedAt");
    }
}
