package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The manufacturer answered an RMA.
 *
 * @param oldPartId the old part, also the event's subject
 * @param outcome {@code REPAIRED}, {@code EXCHANGED}, {@code CREDITED} or {@code REFUSED}
 * @param note the manufacturer's words, when any
 */
public record RmaClosed(UUID oldPartId, UUID ticketId, String partNumber, String rmaNumber, String outcome,
        String note, String closedBy, Instant closedAt) {

    public RmaClosed {
        Objects.requireNonNull(oldPartId, "oldPartId");
        Objects.requireNonNull(rmaNumber, "rmaNumber");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
