package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.at;
import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one count of repairs and outages: the same fault of the same component, repaired and still failing in a row (a
 * fixing repair resets the run; other faults and components neither count nor break it), and unresolved outages.
 */
class RepairTallyTest {

    /**
     * Repairs oldest first, ten days apart from day 20, as {@code component:fault:outcome[:stop]}; outcome {@code x}
     * still failing, {@code ok} fixed; {@code stop}: the outage stopped work.
     */
    static List<RepairVisit> repairs(String spec) {
        List<RepairVisit> visits = new ArrayList<>();
        int day = 20;
        for (String one : spec.split(";")) {
            String[] f = one.strip().split(":");
            Instant start = at(day);
            visits.add(new RepairVisit(f[0], start, Optional.of(start.plus(Duration.ofHours(6))), f[1],
                    f[2].equals("ok"), f.length > 3 && f[3].equals("stop"), 0, RepairVisit.Delay.NONE, Duration.ZERO));
            day += 10;
        }
        return visits;
    }

    @ParameterizedTest(name = "{0} → {1} repairs of psu/F1, {2} failing in a row")
    @CsvSource(delimiter = '|', textBlock = """
            psu:F1:x                                  | 1 | 1
            psu:F1:x; psu:F1:x                        | 2 | 2
            psu:F1:x; psu:F1:ok; psu:F1:x             | 3 | 1
            psu:F1:x; psu:F1:x; psu:F1:ok             | 3 | 0
            psu:F1:x; psu:F2:x; psu:F1:x              | 2 | 2
            psu:F1:x; fan:F1:x; psu:F1:x              | 2 | 2
            psu:F1:x; fan:F1:ok; psu:F1:x             | 2 | 2
            fan:F1:x; fan:F1:x                        | 0 | 0
            psu:F1:ok; psu:F1:x; psu:F1:x; psu:F1:x   | 4 | 3
            """)
    void the_same_problem_is_counted_in_total_and_in_a_row(String spec, int repairs, int inARow) {
        List<RepairVisit> visits = repairs(spec);

        assertThat(RepairTally.repairsOf(visits, "psu", "F1")).isEqualTo(repairs);
        assertThat(RepairTally.failingInARow(visits, "psu", "F1")).isEqualTo(inARow);
    }

    @ParameterizedTest(name = "{0} by day {1} → {2} unresolved outages")
    @CsvSource(delimiter = '|', textBlock = """
            psu:F1:x:stop                              | 40 | 1
            psu:F1:ok:stop                             | 40 | 0
            psu:F1:x                                   | 40 | 0
            psu:F1:x:stop; fan:F2:x:stop               | 40 | 2
            psu:F1:x:stop; fan:F2:x:stop               | 25 | 1
            psu:F1:x:stop                              | 19 | 0
            """)
    void an_unresolved_outage_stopped_work_and_left_the_fault(String spec, int day, int outages) {
        assertThat(RepairTally.unresolvedOutages(repairs(spec), Fixtures.D0.plusDays(day))).hasSize(outages);
    }

    /** Seed 002's "same fault repaired twice in a row and still failing → a new unit", as the engine decides it. */
    @ParameterizedTest(name = "{0} → {1} by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            whole-unit:F1:x; whole-unit:F1:x                     | EXCHANGE    | C-002.REPEAT
            whole-unit:F1:x; whole-unit:F1:ok; whole-unit:F1:x   | FREE_REPAIR | C-002.FREE
            whole-unit:F1:x; whole-unit:F2:x; whole-unit:F1:x    | EXCHANGE    | C-002.REPEAT
            whole-unit:F1:x; psu:F1:x                            | FREE_REPAIR | C-002.FREE
            """)
    void the_contracts_repeated_failure_rule_counts_the_same_way(String spec, Remedy remedy, String rule) {
        SanbaoEngine engine = new SanbaoEngine(List.of(Fixtures.seed002(3)), WorkingDayCalendar.CALENDAR_DAYS_ONLY);
        Claim claim = claim("patient-monitor").repairs(repairs(spec)).onDay(200)
                .purchase(new Purchase(Purchase.Buyer.BUSINESS, false, Optional.empty(), true, Optional.of(Fixtures.CONTRACT)))
                .build();

        Decision decision = engine.decide(claim);

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.ruleId()).isEqualTo(rule);
    }

    /** Seed 002's +60 days per unresolved outage: only outages that stopped work and had ended by the claim count. */
    @ParameterizedTest(name = "{0}, claim day {1} → free repair until {2}")
    @CsvSource(delimiter = '|', textBlock = """
            whole-unit:F1:ok:stop                        | 400 | 2025-03-01
            whole-unit:F1:x:stop                         | 400 | 2025-04-30
            whole-unit:F1:x                              | 400 | 2025-03-01
            whole-unit:F1:x:stop; whole-unit:F2:x:stop   | 400 | 2025-06-29
            whole-unit:F1:x:stop; whole-unit:F2:x:stop   | 25  | 2025-04-30
            """)
    void outages_extend_the_contracts_period_as_the_entitlement_counts_them(String spec, int day, LocalDate lastDay) {
        SanbaoEngine engine = new SanbaoEngine(List.of(Fixtures.seed002(1)), WorkingDayCalendar.CALENDAR_DAYS_ONLY);
        Claim claim = claim("patient-monitor").repairs(repairs(spec)).onDay(day)
                .purchase(new Purchase(Purchase.Buyer.BUSINESS, false, Optional.empty(), true, Optional.of(Fixtures.CONTRACT)))
                .build();

        assertThat(engine.decide(claim).periods()).filteredOn(p -> p.kind() == PeriodEnd.Kind.FREE_REPAIR)
                .singleElement().extracting(PeriodEnd::lastDay).isEqualTo(lastDay);
    }
}
