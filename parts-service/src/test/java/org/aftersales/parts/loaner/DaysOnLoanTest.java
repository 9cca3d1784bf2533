package org.aftersales.parts.loaner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days on loan: whole days, a started day counting as one, at least one. */
class DaysOnLoanTest {

    static final Instant LENT = Instant.parse("2026-11-23T10:00:00Z");

    @ParameterizedTest(name = "out {0} -> {1} days")
    @CsvSource({"PT0S, 1", "PT1M, 1", "PT23H59M, 1", "P1D, 1", "P1DT1S, 2", "P2D, 2", "P2DT12H, 3", "P30D, 30"})
    void a_started_day_counts_as_a_day(Duration out, int days) {
        assertThat(Loaner.daysOnLoan(LENT, LENT.plus(out))).isEqualTo(days);
    }
}
