package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-computed business time; all local times are Asia/Shanghai, service hours 08:30–17:30. */
class ServiceCalendarTest {

    @ParameterizedTest(name = "{0} from {1} + {2} = {3} (guessed {4}): {5}")
    @CsvSource(delimiter = '|', textBlock = """
        7x24  | 2026-03-06T16:00 | PT4H  | 2026-03-06T20:00 | false | 7×24 ignores the clock
        7x24  | 2026-09-30T20:00 | PT48H | 2026-10-02T20:00 | false | 7×24 ignores 国庆节
        7x24  | 2026-12-31T20:00 | PT8H  | 2027-01-01T04:00 | false | 7×24 needs no holidays, so nothing guessed
        hours | 2026-03-02T10:00 | PT4H  | 2026-03-02T14:00 | false | within one Monday
        hours | 2026-03-02T16:00 | PT4H  | 2026-03-03T11:00 | false | 1.5 h Monday, 2.5 h Tuesday
        hours | 2026-03-02T08:30 | PT9H  | 2026-03-02T17:30 | false | used up exactly at closing: closing, not next opening
        hours | 2026-03-02T08:30 | PT45H | 2026-03-06T17:30 | false | five whole working days
        hours | 2026-03-06T16:00 | PT4H  | 2026-03-09T11:00 | false | crosses a weekend
        hours | 2026-03-02T07:00 | PT1H  | 2026-03-02T09:30 | false | start before opening: counts from 08:30
        hours | 2026-03-06T19:00 | PT1H  | 2026-03-09T09:30 | false | start Friday evening: counts from Monday's opening
        hours | 2026-03-07T10:00 | PT30M | 2026-03-09T09:00 | false | start on a Saturday
        hours | 2026-03-02T10:00 | PT0S  | 2026-03-02T10:00 | false | no time: the start itself
        hours | 2026-09-30T16:00 | PT4H  | 2026-10-08T11:00 | false | 国庆节 2026: 1–7 October off
        hours | 2026-09-18T16:00 | PT4H  | 2026-09-20T11:00 | false | 调休: Sunday 2026-09-20 worked
        hours | 2026-10-09T17:00 | PT1H  | 2026-10-10T09:00 | false | 调休: Saturday 2026-10-10 worked
        hours | 2025-09-27T10:00 | PT2H  | 2025-09-28T10:30 | false | 调休: Sunday 2025-09-28 worked
        hours | 2025-09-30T17:00 | PT1H  | 2025-10-09T09:00 | false | 国庆节、中秋节 2025: 1–8 October off
        hours | 2026-12-30T10:00 | PT2H  | 2026-12-30T12:00 | false | end of an announced year
        hours | 2026-12-31T16:00 | PT4H  | 2027-01-01T11:00 | true  | 2027 not announced: 1 January taken as a plain Friday
        """)
    void deadline_adds_business_time(String kind, LocalDateTime start, Duration businessTime, LocalDateTime deadline,
            boolean guessed, String why) {
        ServiceCalendar calendar = calendar(kind);

        Instant due = calendar.deadline(at(start), businessTime);

        assertThat(due).isEqualTo(at(deadline));
        assertThat(calendar.guessed(at(start), due)).isEqualTo(guessed);
    }

    @ParameterizedTest(name = "{0} from {1} to {2} = {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
        7x24  | 2026-03-06T16:00 | 2026-03-09T11:00 | PT67H | 7×24 counts the weekend
        7x24  | 2026-03-09T11:00 | 2026-03-06T16:00 | PT0S  | backwards is nothing
        hours | 2026-03-06T16:00 | 2026-03-09T11:00 | PT4H  | weekend not counted
        hours | 2026-03-02T18:00 | 2026-03-03T08:00 | PT0S  | a night
        hours | 2026-03-02T12:00 | 2026-03-02T12:00 | PT0S  | an empty interval
        hours | 2026-03-09T11:00 | 2026-03-06T16:00 | PT0S  | backwards is nothing
        hours | 2026-09-30T08:30 | 2026-10-09T08:30 | PT18H | 30 September and 8 October only
        hours | 2025-09-27T00:00 | 2025-09-29T00:00 | PT9H  | 调休 Sunday 2025-09-28 counted
        hours | 2026-12-31T00:00 | 2027-01-05T00:00 | PT27H | 2026-12-31, then 2027-01-01 and 01-04 as plain weekdays
        """)
    void elapsed_counts_business_time_between(String kind, LocalDateTime from, LocalDateTime to, Duration elapsed,
            String why) {
        assertThat(calendar(kind).elapsed(at(from), at(to))).isEqualTo(elapsed);
    }

    @ParameterizedTest(name = "{0} from {1} + {2} working days = {3} (guessed {4}): {5}")
    @CsvSource(delimiter = '|', textBlock = """
        hours | 2026-03-02T10:00 | 3 | 2026-03-05T17:30 | false | Monday: Tuesday to Thursday
        hours | 2026-03-02T23:00 | 1 | 2026-03-03T17:30 | false | the start day never counts, however late
        hours | 2026-03-07T10:00 | 1 | 2026-03-09T17:30 | false | from a Saturday
        hours | 2026-09-25T14:00 | 3 | 2026-09-30T17:30 | false | 中秋节 25–27 September off
        7x24  | 2026-09-25T14:00 | 3 | 2026-10-01T00:00 | false | 7×24: the working day ends at midnight
        hours | 2026-09-29T10:00 | 3 | 2026-10-09T17:30 | false | 30 September, then 8 and 9 October
        hours | 2025-09-27T10:00 | 1 | 2025-09-28T17:30 | false | 调休 Sunday 2025-09-28 is a working day
        hours | 2026-12-30T10:00 | 3 | 2027-01-04T17:30 | true  | 31 December, then 2027 guessed: 1 and 4 January
        7x24  | 2026-12-30T10:00 | 3 | 2027-01-05T00:00 | true  | working days rest on the holidays even for 7×24
        """)
    void add_working_days_ends_with_the_last_working_day(String kind, LocalDateTime start, int days,
            LocalDateTime end, boolean guessed, String why) {
        ServiceCalendar.Due due = calendar(kind).addWorkingDays(at(start), days);

        assertThat(due).isEqualTo(new ServiceCalendar.Due(at(end), guessed));
    }

    @Test
    void data_for_2027_is_not_announced_so_the_guessed_cases_stand() {
        assertThat(ChinaCalendar.instance().isAnnounced(2026)).isTrue();
        assertThat(ChinaCalendar.instance().isAnnounced(2027)).isFalse();
    }

    @Test
    void refuses_what_cannot_be_computed() {
        ServiceCalendar hours = calendar("hours");
        Instant start = at(LocalDateTime.parse("2026-03-02T10:00"));
        assertThatIllegalArgumentException().isThrownBy(() -> hours.deadline(start, Duration.ofMinutes(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> hours.addWorkingDays(start, 0));
        assertThatIllegalArgumentException().isThrownBy(
                () -> ServiceCalendar.serviceHours(LocalTime.of(17, 30), LocalTime.of(8, 30), ServiceCalendar.DEFAULT_ZONE));
    }

    private static ServiceCalendar calendar(String kind) {
        return switch (kind) {
            case "7x24" -> ServiceCalendar.alwaysOpen(ServiceCalendar.DEFAULT_ZONE);
            case "hours" -> ServiceCalendar.serviceHours(LocalTime.of(8, 30), LocalTime.of(17, 30),
                    ServiceCalendar.DEFAULT_ZONE);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(ServiceCalendar.DEFAULT_ZONE).toInstant();
    }
}
