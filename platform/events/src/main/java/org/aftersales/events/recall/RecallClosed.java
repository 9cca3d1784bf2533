package org.aftersales.events.recall;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A recall was closed, with what it achieved. */
public record RecallClosed(UUID recallId, int affectedDevices, int done, int refused, BigDecimal percentDone,
        String reason, String closedBy, Instant closedAt) {

    public RecallClosed {
        Objects.requireNonNull(recallId, "recallId");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
