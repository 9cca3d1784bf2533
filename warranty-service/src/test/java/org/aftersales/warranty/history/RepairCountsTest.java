package org.aftersales.warranty.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.warranty.sanbao.RepairVisit;
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
        RepairVisit visit = visit("psu", "F", T0, T0.plus(Duration.parse(duration)), true, false);

        assertThat(visit.days(T0, false)).isEqualTo(days);
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
            visits.add(visit("psu", "NO-POWER", start, start.plusSeconds(3_600), outcomes.charAt(i) == 'G', true));
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
                visit("psu", "NO-POWER", T0.plusSeconds(86_400 * 20), T0.plusSeconds(86_400 * 22), false, true),
                visit("psu", "NO-POWER", T0, T0.plusSeconds(86_400 * 3), false, true),
                visit("display", "NO-POWER", T0.plusSeconds(86_400 * 5), T0.plusSeconds(86_400 * 6), true, true),
                visit("psu", "NOISE", T0.plusSeconds(86_400 * 9), T0.plusSeconds(86_400 * 10), true, true));

        List<RepairCounts> counts = RepairCounts.of(visits);

        assertThat(counts).containsExactly(
                new RepairCounts("psu", "NO-POWER", 2, 2, 5, 2),
                new RepairCounts("display", "NO-POWER", 1, 0, 1, 0),
                new RepairCounts("psu", "NOISE", 1, 0, 1, 0));
        assertThat(RepairCounts.totalRepairDays(visits)).isEqualTo(7);
    }

    /** A repair that did not stop work is no outage, whether or not it fixed the fault. */
    @ParameterizedTest(name = "stopped work {0}, fixed {1} → outages {2}")
    @CsvSource({
        "true,  false, 1",
        "true,  true,  0",
        "false, false, 0",
        "false, true,  0",
    })
    void only_a_repair_that_stopped_work_and_left_the_fault_is_an_unresolved_outage(boolean stoppedWork, boolean fixed,
            int outages) {
        List<RepairVisit> visits = List.of(visit("psu", "NO-POWER", T0, T0.plusSeconds(3_600), fixed, stoppedWork));

        assertThat(RepairCounts.of(visits).get(0).unresolvedOutages()).isEqualTo(outages);
    }

    static RepairVisit visit(String component, String fault, Instant start, Instant end, boolean fixed,
            boolean stoppedWork) {
        return new RepairVisit(component, start, Optional.of(end), fault, fixed, stoppedWork, 0, RepairVisit.Delay.NONE,
                Duration.ZERO);
    }
}
