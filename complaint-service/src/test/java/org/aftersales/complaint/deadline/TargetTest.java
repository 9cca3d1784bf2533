package org.aftersales.complaint.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.calendar.ChinaCalendar;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a complaint deadline is due, and which target applies. */
class TargetTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{1} from {0} → {2}")
    @CsvSource({
        // elapsed time runs through nights and weekends
        "2026-11-20T09:00:00Z, PT4H, 2026-11-20T13:00:00Z",
        "2026-11-20T09:00:00Z, PT2H, 2026-11-20T11:00:00Z",
        "2026-11-20T09:00:00Z, P7D,  2026-11-27T09:00:00Z",
    })
    void elapsed_targets_add_their_time(Instant start, Duration elapsed, Instant due) {
        assertThat(Target.of(elapsed).dueFrom(start, SHANGHAI, day -> true)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{1} working days from {0} → {2}")
    @CsvSource({
        // Friday 2026-11-20 10:00 Shanghai: 1 working day is Monday, 5 are the next Friday
        "2026-11-20T02:00:00Z, 1, 2026-11-23T02:00:00Z",
        "2026-11-20T02:00:00Z, 5, 2026-11-27T02:00:00Z",
        // Wednesday
        "2026-11-18T02:00:00Z, 2, 2026-11-20T02:00:00Z",
    })
    void working_day_targets_skip_days_off(Instant start, int days, Instant due) {
        assertThat(new Target(null, days).dueFrom(start, SHANGHAI,
                day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY))
                .isEqualTo(due);
    }

    @ParameterizedTest(name = "over the National Day holiday: {1} working day(s) from {0} → {2}")
    @CsvSource({"2026-09-30T02:00:00Z, 1, 2026-10-09T02:00:00Z"})
    void chinas_calendar_skips_public_holidays(Instant start, int days, Instant due) {
        ChinaCalendar calendar = ChinaCalendar.instance();
        Instant computed = new Target(null, days).dueFrom(start, SHANGHAI, calendar::isWorkingDay);
        LocalDate dueDay = computed.atZone(SHANGHAI).toLocalDate();
        assertThat(calendar.isWorkingDay(dueDay)).isTrue();
        assertThat(computed).isAfterOrEqualTo(Instant.parse("2026-10-08T02:00:00Z")).isBeforeOrEqualTo(due);
    }

    @ParameterizedTest(name = "contract {0}/{1} over default PT4H → {2}")
    @CsvSource({"PT2H, , PT2H", ", , PT4H", ", 1, "})
    void a_contracts_target_wins_over_the_default(String elapsed, Integer workingDays, Duration expected) {
        Target target = Target.of(new TimeTarget(elapsed, workingDays), Target.of(Duration.ofHours(4)));
        assertThat(target.elapsed()).isEqualTo(expected);
        assertThat(target.workingDays()).isEqualTo(expected == null ? workingDays : null);
    }

    @ParameterizedTest(name = "{0}% of {1} → {2}")
    @CsvSource({"75, PT4H, PT3H", "50, P7D, PT84H", "100, PT8H, PT8H", "0, PT8H, PT0S"})
    void the_warning_falls_at_its_share(int percent, Duration target, Duration after) {
        Instant start = Instant.parse("2026-11-20T09:00:00Z");
        assertThat(ComplaintDeadline.warnAt(start, start.plus(target), percent)).isEqualTo(start.plus(after));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({", ", "PT1H, 1"})
    void a_target_is_elapsed_time_or_working_days_never_both_nor_neither(Duration elapsed, Integer days) {
        assertThatThrownBy(() -> new Target(elapsed, days)).isInstanceOf(IllegalArgumentException.class);
    }
}
