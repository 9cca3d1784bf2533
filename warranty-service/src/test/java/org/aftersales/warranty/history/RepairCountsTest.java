package org.aftersales.warranty.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepairCountsTest {

    static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @ParameterizedTest(name = "{0} → {1} day(s)")
    @CsvSource({
        "PT0S,       1",
        "PT1M,       1",
        "PT23H59M,   1",
        "PT24H,      1",
        "PT24H1S,    2",
        "P2DT1H,     3",
        "P30D,       30",
        "P30DT1S,    31",
    })
    void a_started_24_hours_counts_as_a_day(String duration, long days) {
        RepairVisit visit = new RepairVisit(null, "F", T0, T0.plus(Duration.parse(duration)), true);

        assertThat(visit.repairDays()).isEqualTo(days);
    }

    /** Outcomes oldest first: G = fault gone, F = still failing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "G,      1, 0, 0",
        "F,      1, 1, 1",
        "GF,     2, 1, 1",
        "FF,     2, 2, 2",
        "FGF,    3, 1, 2",
        "FFG,    3, 0, 2",
        "GFFF,   4, 3, 3",
    })
    void counts_repairs_failures_in_a_row_and_unresolved_outages_of_one_fault(String outcomes, int repairs,
            int failingInARow, int unresolved) {
        List<RepairVisit> visits = new ArrayList<>();
        for (int i = 0; i < outcomes.length(); i++) {
            Instant start = T0.plus(Duration.ofDays(10L * i));
            visits.add(new RepairVisit("psu", "NO-POWER", start, start.plusSeconds(3_600), outcomes.charAt(i) == 'G'));
        }

        RepairCounts counts = RepairCounts.of(visits).get(0);

        assertThat(counts.repairs()).isEqualTo(repairs);
        assertThat(counts.failingInARow()).isEqualTo(failingInARow);
        assertThat(counts.unresolvedOutages()).isEqualTo(unresolved);
        assertThat(counts.repairDays()).isEqualTo(repairs);
    }

    @Test
    void faults_and_components_are_counted_apart_and_days_add_up_over_all() {
        List<RepairVisit> visits = List.of(
                new RepairVisit("psu", "NO-POWER", T0.plusSeconds(86_400 * 20), T0.plusSeconds(86_400 * 22), false),
                new RepairVisit("psu", "NO-POWER", T0, T0.plusSeconds(86_400 * 3), false),
                new RepairVisit("display", "NO-POWER", T0.plusSeconds(86_400 * 5), T0.plusSeconds(86_400 * 6), true),
                new RepairVisit("psu", "NOISE", T0.plusSeconds(86_400 * 9), T0.plusSeconds(86_400 * 10), true));

        List<RepairCounts> counts = RepairCounts.of(visits);

        assertThat(counts).containsExactly(
                new RepairCounts("psu", "NO-POWER", 2, 2, 5, 2),
                new RepairCounts("display", "NO-POWER", 1, 0, 1, 0),
                new RepairCounts("psu", "NOISE", 1, 0, 1, 0));
        assertThat(RepairCounts.totalRepairDays(visits)).isEqualTo(7);
    }
}
