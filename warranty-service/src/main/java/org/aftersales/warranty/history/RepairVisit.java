package org.aftersales.warranty.history;

import java.time.Duration;
import java.time.Instant;

/**
 * A repair as the counts see it.
 *
 * @param component the repaired component; null for the whole unit
 * @param faultGone false: repaired but still failing
 */
public record RepairVisit(String component, String faultCode, Instant startedAt, Instant endedAt, boolean faultGone) {

    private static final long SECONDS_PER_DAY = 86_400;

    /** Repair days: a started 24 hours counts as a whole day (家用汽车三包规定 Art. 40); at least one day. */
    public long repairDays() {
        long seconds = Math.max(0, Duration.between(startedAt, endedAt).toSeconds());
        return Math.max(1, (seconds + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY);
    }
}
