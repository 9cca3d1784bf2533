package org.aftersales.warranty.commitment;

import java.time.Duration;

/**
 * How long something may take. Either elapsed time on the commitment's service calendar
 * ({@code "PT30M"}, {@code "PT2H"}, {@code "P3D"}) or working days (工作日, {@code {"workingDays": 3}}),
 * which need a real holiday calendar because of 调休 (seed 000: inspection report within 3 working days).
 */
public sealed interface TimeLimit {

    /** Elapsed time, e.g. 30 minutes to respond (seed 002). */
    record Elapsed(Duration duration) implements TimeLimit {
    }

    /** Whole working days, e.g. the inspection report within 3 working days (seed 000). */
    record WorkingDays(int days) implements TimeLimit {
    }
}
