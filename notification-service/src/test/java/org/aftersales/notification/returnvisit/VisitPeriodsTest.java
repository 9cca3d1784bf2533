package org.aftersales.notification.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.aftersales.notification.returnvisit.VisitPeriods.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisitPeriodsTest {

    /** Each case: first day, last day (empty: open-ended), times a year, then the periods as "from..to" lists. */
    @ParameterizedTest(name = "{0} to {1}, {2} a year")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-01 | 2026-12-31 | 1  | 2026-01-01..2026-12-31
            2026-01-01 | 2028-12-31 | 1  | 2026-01-01..2026-12-31 2027-01-01..2027-12-31 2028-01-01..2028-12-31
            2026-01-01 | 2026-12-31 | 3  | 2026-01-01..2026-04-30 2026-05-01..2026-08-31 2026-09-01..2026-12-31
            2026-03-15 | 2027-03-14 | 2  | 2026-03-15..2026-09-14 2026-09-15..2027-03-14
            2026-01-01 | 2026-06-30 | 3  | 2026-01-01..2026-04-30 2026-05-01..2026-06-30
            2026-01-01 | 2026-01-31 | 1  | 2026-01-01..2026-01-31
            2026-01-01 | 2026-01-01 | 3  | 2026-01-01..2026-01-01
            2026-01-31 | 2026-04-30 | 12 | 2026-01-31..2026-02-27 2026-02-28..2026-03-30 2026-03-31..2026-04-29 2026-04-30..2026-04-30
            2026-01-01 | 2026-12-31 | 5  | 2026-01-01..2026-03-14 2026-03-15..2026-05-26 2026-05-27..2026-08-07 2026-08-08..2026-10-19 2026-10-20..2026-12-31
            2028-02-29 | 2030-02-27 | 1  | 2028-02-29..2029-02-27 2029-02-28..2030-02-27
            2026-01-01 |            | 1  | 2026-01-01..2026-12-31 2027-01-01..2027-12-31 2028-01-01..2028-12-31
            """)
    void a_year_splits_into_equal_periods_restarting_each_contract_year(LocalDate startsOn, LocalDate endsOn,
            int timesPerYear, String expected) {
        List<String> periods = VisitPeriods.of(startsOn, endsOn, timesPerYear).stream()
                .map(p -> p.startsOn() + ".." + p.endsOn()).toList();
        assertThat(periods).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest(name = "{0} a year")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 12, 13, 26, 52})
    void periods_are_numbered_from_one_follow_each_other_without_gap_and_cover_the_contract(int timesPerYear) {
        LocalDate startsOn = LocalDate.of(2026, 2, 10);
        LocalDate endsOn = LocalDate.of(2029, 2, 9);
        List<Period> periods = VisitPeriods.of(startsOn, endsOn, timesPerYear);
        assertThat(periods).hasSize(3 * timesPerYear);
        assertThat(periods.getFirst().startsOn()).isEqualTo(startsOn);
        assertThat(periods.getLast().endsOn()).isEqualTo(endsOn);
        for (int i = 0; i < periods.size(); i++) {
            assertThat(periods.get(i).sequence()).isEqualTo(i + 1);
            assertThat(periods.get(i).endsOn()).isAfterOrEqualTo(periods.get(i).startsOn());
            if (i > 0) {
                assertThat(periods.get(i).startsOn()).isEqualTo(periods.get(i - 1).endsOn().plusDays(1));
            }
        }
    }

    @ParameterizedTest(name = "{0} a year")
    @ValueSource(ints = {0, -1, 53})
    void a_count_outside_one_to_fifty_two_is_refused(int timesPerYear) {
        assertThatThrownBy(() -> VisitPeriods.of(LocalDate.of(2026, 1, 1), null, timesPerYear))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
