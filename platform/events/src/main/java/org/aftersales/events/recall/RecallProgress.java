package org.aftersales.events.recall;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One affected device of a recall changed state, with the recall's progress after it.
 *
 * @param state {@code NOTIFIED}, {@code FIXED}, {@code COLLECTED} or {@code REFUSED}
 * @param percentDone the share of the recall's devices fixed or collected, in percent
 */
public record RecallProgress(UUID recallId, UUID deviceId, String serial, String customerOrganisation, String state,
        int affectedDevices, int done, int refused, BigDecimal percentDone, String changedBy, Instant changedAt) {

    public RecallProgress {
        Objects.requireNonNull(recallId, "recallId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
