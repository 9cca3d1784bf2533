package org.aftersales.ticket.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.ticket.dispatch.DutyCalendar.DutyException;
import org.aftersales.ticket.dispatch.DutyCalendar.DutyHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutyCalendarTest {

    /** Weekdays 08:30–17:30, Saturday night 20:00–08:00; off on 国庆 (Thu 2026-10-01), a morning on Sat 2026-10-10. */
    static final DutyCalendar CALENDAR = new DutyCalendar(
            List.of(new DutyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30),
                            LocalTime.of(17, 30)),
                    new DutyHours(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(20, 0), LocalTime.of(8, 0))),
            List.of(new DutyException(LocalDate.parse("2026-10-01"), false, null, null, "国庆"),
                    new DutyException(LocalDate.parse("2026-10-10"), true, LocalTime.of(9, 0), LocalTime.of(12, 0),
                            "调休加班")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23T08:29 | false | off duty
            2026-11-23T08:30 | true  | on duty 08:30–17:30 (weekly hours)
            2026-11-23T17:29 | true  | on duty 08:30–17:30 (weekly hours)
            2026-11-23T17:30 | false | off duty
            2026-11-28T19:59 | false | off duty
            2026-11-28T20:00 | true  | on duty 20:00–08:00 (weekly hours)
            2026-11-29T07:59 | true  | on duty 20:00–08:00 (weekly hours)
            2026-11-29T08:00 | false | off duty
            2026-10-01T10:00 | false | off duty (exception on 2026-10-01: 国庆)
            2026-10-02T10:00 | true  | on duty 08:30–17:30 (weekly hours)
            2026-10-10T10:00 | true  | on duty 09:00–12:00 (exception on 2026-10-10: 调休加班)
            2026-10-10T21:00 | false | off duty
            2026-10-11T02:00 | false | off duty
            2026-10-03T21:00 | true  | on duty 20:00–08:00 (weekly hours)
            """)
    void duty_hours_exceptions_and_night_shifts_in_shanghai_time(LocalDateTime local, boolean onDuty, String reason) {
        DutyCalendar.DutyState state = CALENDAR.at(local.atZone(DutyCalendar.ZONE).toInstant());

        assertThat(state.onDuty()).isEqualTo(onDuty);
        assertThat(state.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23T00:00
            2026-11-28T23:59
            2026-12-31T12:00
            """)
    void midnight_to_midnight_is_a_whole_day(LocalDateTime local) {
        DutyCalendar always = new DutyCalendar(
                List.of(new DutyHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)), null);

        assertThat(always.at(local.atZone(DutyCalendar.ZONE).toInstant()).onDuty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on duty without hours    | true  |       |       | false | duty.exceptions[0].from, duty.exceptions[0].to
            on duty without its end  | true  | 09:00 |       | false | duty.exceptions[0].to
            off duty with hours      | false | 09:00 | 12:00 | false | duty.exceptions[0].from, duty.exceptions[0].to
            two on the same date     | false |       |       | true  | duty.exceptions[1].date
            consistent               | true  | 09:00 | 12:00 | false | ''
            """)
    void exceptions_give_hours_exactly_when_on_duty_and_one_per_date(String name, boolean onDuty, LocalTime from,
            LocalTime to, boolean duplicate, String fields) {
        LocalDate date = LocalDate.parse("2026-10-01");
        DutyException exception = new DutyException(date, onDuty, from, to, null);
        List<DutyException> exceptions = duplicate
                ? List.of(exception, new DutyException(date, false, null, null, null))
                : List.of(exception);

        List<FieldProblem> problems = new DutyCalendar(List.of(), exceptions).problems("duty");

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyElementsOf(fields.isEmpty() ? List.of() : List.of(fields.split(", ")));
    }
}
