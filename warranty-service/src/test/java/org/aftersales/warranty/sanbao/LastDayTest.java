package org.aftersales.warranty.sanbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 民法典 §§201–203: the last day of a period, as entitlement and claims both count it. */
class LastDayTest {

    /** Weekends are the only days off in this calendar. */
    static final WorkingDayCalendar WEEKDAYS = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY;

    @ParameterizedTest(name = "{0} + {1} + {2} days, rolls {3} → {4}")
    @CsvSource({
        // §201: the start day does not count; §202: the corresponding day of the end month is the last day
        "2024-03-01, P1Y,  0,  false, 2025-03-01",
        "2024-07-10, P3Y,  0,  false, 2027-07-10",
        "2024-03-15, P6M,  0,  false, 2024-09-15",
        // §202: no corresponding day → the last day of that month
        "2024-02-29, P1Y,  0,  false, 2025-02-28",
        "2024-01-31, P1M,  0,  false, 2024-02-29",
        "2023-01-31, P1M,  0,  false, 2023-02-28",
        // days of extension follow the period (seed 002: +60 per unresolved outage)
        "2024-07-10, P1Y,  60, false, 2025-09-08",
        // §203: a last day that is no working day moves to the next working day, where the policy says so
        "2024-03-02, P1Y,  0,  true,  2025-03-03",
        "2024-03-02, P1Y,  0,  false, 2025-03-02",
        "2024-03-03, P1Y,  0,  true,  2025-03-03",
    })
    void a_period_ends_on_the_corresponding_day(LocalDate start, Period period, long extension, boolean rolls,
            LocalDate lastDay) {
        assertThat(LastDay.of(start, period, extension, rolls, WEEKDAYS)).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "{0} in {1}..{2}: {3}")
    @CsvSource({
        "2024-07-09, 2024-07-10, 2025-07-10, false",
        "2024-07-10, 2024-07-10, 2025-07-10, true",
        "2025-07-10, 2024-07-10, 2025-07-10, true",
        "2025-07-11, 2024-07-10, 2025-07-10, false",
    })
    void both_ends_are_within(LocalDate day, LocalDate start, LocalDate lastDay, boolean within) {
        assertThat(LastDay.within(day, start, lastDay)).isEqualTo(within);
    }
}
