package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChinaCalendarTest {

    @ParameterizedTest(name = "{0} ({1}): working day {2}")
    @CsvSource({
        "2026-01-01, 元旦 Thursday,                 false",
        "2026-01-05, ordinary Monday,              true",
        "2026-01-10, ordinary Saturday,            false",
        "2026-10-01, 国庆节 Thursday,               false",
        "2026-10-07, 国庆节 Wednesday,              false",
        "2025-09-28, 国庆节调休 Sunday worked,       true",
        "2025-10-11, 国庆节调休 Saturday worked,     true",
        "2024-02-04, 春节调休 Sunday worked,         true",
        "2024-02-12, 春节 Monday,                   false",
        "2023-06-25, 端午节调休 Sunday worked,       true",
        "2030-10-01, not announced: plain Tuesday, true",
        "2030-10-05, not announced: plain Saturday, false",
    })
    void holidays_and_adjusted_working_days_come_from_the_announcements(LocalDate date, String what, boolean working) {
        assertThat(ChinaCalendar.instance().isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest
    @CsvSource({"2023, true", "2026, true", "2030, false"})
    void says_which_years_are_announced(int year, boolean announced) {
        assertThat(ChinaCalendar.instance().isAnnounced(year)).isEqualTo(announced);
    }
}
