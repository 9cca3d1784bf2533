package org.aftersales.ticket.sla;

import static org.aftersales.testing.ServiceCalendars.at;
import static org.aftersales.testing.ServiceCalendars.calendar;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.aftersales.ticket.sla.SlaClock.Pause;
import org.aftersales.ticket.sla.SlaClock.Reading;
import org.aftersales.ticket.sla.SlaClock.State;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed readings on service hours 08:30–17:30 (Asia/Shanghai), warning at 75 %. Pauses are
 * {@code from/to} local times, {@code to} left out while still paused.
 */
class SlaClockTest {

    @ParameterizedTest(name = "{11}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2026-03-02T09:00 | PT4H | -                                                   | -                | 2026-03-02T10:00 | RUNNING  | 2026-03-02T13:00 | 2026-03-02T12:00 | PT1H    | PT0S   | PT3H    | running, a quarter used
        2026-03-02T09:00 | PT4H | -                                                   | -                | 2026-03-02T12:00 | WARNING  | 2026-03-02T13:00 | 2026-03-02T12:00 | PT3H    | PT0S   | PT1H    | 75 % used: warning
        2026-03-02T09:00 | PT4H | -                                                   | -                | 2026-03-02T13:00 | WARNING  | 2026-03-02T13:00 | 2026-03-02T12:00 | PT4H    | PT0S   | PT0S    | at the deadline: not yet breached
        2026-03-02T09:00 | PT4H | -                                                   | -                | 2026-03-02T13:01 | BREACHED | 2026-03-02T13:00 | 2026-03-02T12:00 | PT4H1M  | PT0S   | PT-1M   | a minute past the deadline
        2026-03-02T16:00 | PT4H | -                                                   | -                | 2026-03-02T20:00 | RUNNING  | 2026-03-03T11:00 | 2026-03-03T10:00 | PT1H30M | PT0S   | PT2H30M | the night does not count
        2026-03-02T09:00 | PT4H | -                                                   | 2026-03-02T12:30 | 2026-03-02T14:00 | MET      | 2026-03-02T13:00 | 2026-03-02T12:00 | PT3H30M | PT0S   | PT30M   | met in time: the clock stops
        2026-03-02T09:00 | PT4H | -                                                   | 2026-03-02T13:00 | 2026-03-02T13:00 | MET      | 2026-03-02T13:00 | 2026-03-02T12:00 | PT4H    | PT0S   | PT0S    | met at the deadline
        2026-03-02T09:00 | PT4H | -                                                   | 2026-03-02T13:30 | 2026-03-02T14:00 | MET_LATE | 2026-03-02T13:00 | 2026-03-02T12:00 | PT4H30M | PT0S   | PT-30M  | met late
        2026-03-02T09:00 | PT4H | -                                                   | 2026-03-02T13:30 | 2026-03-02T11:00 | RUNNING  | 2026-03-02T13:00 | 2026-03-02T12:00 | PT2H    | PT0S   | PT2H    | read before it was met
        2026-03-02T09:00 | PT4H | 2026-03-02T10:00/2026-03-02T11:00                   | -                | 2026-03-02T10:30 | PAUSED   | 2026-03-02T14:00 | 2026-03-02T13:00 | PT1H    | PT30M  | PT3H    | inside a pause
        2026-03-02T09:00 | PT4H | 2026-03-02T10:00/2026-03-02T11:00                   | -                | 2026-03-02T13:30 | WARNING  | 2026-03-02T14:00 | 2026-03-02T13:00 | PT3H30M | PT1H   | PT30M   | after a pause: deadline moved by an hour
        2026-03-02T09:00 | PT4H | 2026-03-02T10:00/                                   | -                | 2026-03-02T11:30 | PAUSED   | 2026-03-02T14:30 | 2026-03-02T13:30 | PT1H    | PT1H30M| PT3H    | still paused: deadline as if resumed now
        2026-03-02T09:00 | PT4H | 2026-03-02T10:00/2026-03-02T11:00 2026-03-02T10:30/2026-03-02T11:30 | - | 2026-03-02T12:00 | RUNNING | 2026-03-02T14:30 | 2026-03-02T13:30 | PT1H30M | PT1H30M | PT2H30M | overlapping pauses count once
        2026-03-02T09:00 | PT4H | 2026-03-02T08:00/2026-03-02T09:30                   | -                | 2026-03-02T10:00 | RUNNING  | 2026-03-02T13:30 | 2026-03-02T12:30 | PT30M   | PT30M  | PT3H30M | a pause from before the start counts from the start
        2026-03-02T16:00 | PT4H | 2026-03-02T17:00/2026-03-03T09:00                   | -                | 2026-03-03T10:00 | RUNNING  | 2026-03-03T12:00 | 2026-03-03T11:00 | PT2H    | PT1H   | PT2H    | a pause over the night moves it by its business time only
        2026-03-02T09:00 | PT4H | 2026-03-02T14:00/2026-03-02T15:00                   | -                | 2026-03-02T14:30 | BREACHED | 2026-03-02T13:00 | 2026-03-02T12:00 | PT5H    | PT30M  | PT-1H   | a pause after the deadline does not move it
        2026-09-30T16:00 | PT4H | 2026-09-30T17:00/2026-10-08T09:00                   | -                | 2026-10-08T10:00 | RUNNING  | 2026-10-08T12:00 | 2026-10-08T11:00 | PT2H    | PT1H   | PT2H    | a pause over 国庆节
        """)
    void reads_the_clock(LocalDateTime start, Duration target, String pauses, LocalDateTime metAt,
            LocalDateTime now, State state, LocalDateTime deadline, LocalDateTime warningAt, Duration elapsed,
            Duration paused, Duration remaining, String why) {
        SlaClock clock = new SlaClock(SlaClock.Target.RESPONSE, at(start), target, calendar("hours"),
                pauses(pauses), 75, metAt == null ? null : at(metAt));

        assertThat(clock.at(at(now))).isEqualTo(new Reading(state, at(deadline), at(warningAt), elapsed, paused,
                remaining, false));
    }

    @ParameterizedTest(name = "from {0} to {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        PT8H | 2026-03-03T09:00 | RUNNING  | level 3 as before: 7.5 h Monday, 30 min Tuesday
        PT4H | 2026-03-02T14:00 | WARNING  | raised to level 1: from the original start, the hour paused still paused
        PT2H | 2026-03-02T12:00 | BREACHED | raised to 2 h: already past, breached at once
        """)
    void a_level_change_recomputes_from_the_original_start_keeping_the_pauses(Duration newTarget,
            LocalDateTime deadline, State state, String why) {
        SlaClock level3 = new SlaClock(SlaClock.Target.RESOLUTION, at(LocalDateTime.parse("2026-03-02T09:00")),
                Duration.ofHours(8), calendar("hours"), pauses("2026-03-02T10:00/2026-03-02T11:00"), 75, null);

        SlaClock changed = level3.withTarget(newTarget);

        Reading reading = changed.at(at(LocalDateTime.parse("2026-03-02T14:00")));
        assertThat(reading.deadline()).isEqualTo(at(deadline));
        assertThat(reading.state()).isEqualTo(state);
        assertThat(reading.elapsed()).isEqualTo(Duration.ofHours(4));
        assertThat(reading.paused()).isEqualTo(Duration.ofHours(1));
        assertThat(changed.start()).isEqualTo(level3.start());
        assertThat(changed.pauses()).isEqualTo(level3.pauses());
    }

    @ParameterizedTest(name = "{0} + {1}: due {2}, guessed {3}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-31T16:00 | PT4H | 2027-01-01T11:00 | true
        2026-12-31T10:00 | PT4H | 2026-12-31T14:00 | false
        """)
    void says_when_the_deadline_rests_on_an_unannounced_year(LocalDateTime start, Duration target,
            LocalDateTime deadline, boolean guessed) {
        SlaClock clock = new SlaClock(SlaClock.Target.ON_SITE, at(start), target, calendar("hours"), List.of(), 75,
                null);

        Reading reading = clock.at(at(start));

        assertThat(reading.deadline()).isEqualTo(at(deadline));
        assertThat(reading.guessed()).isEqualTo(guessed);
    }

    private static List<Pause> pauses(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("\\s+")).map(pause -> {
            String[] ends = pause.split("/", -1);
            return new Pause(at(LocalDateTime.parse(ends[0])),
                    ends[1].isEmpty() ? null : at(LocalDateTime.parse(ends[1])));
        }).toList();
    }
}
