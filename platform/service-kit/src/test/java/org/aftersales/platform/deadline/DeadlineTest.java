package org.aftersales.platform.deadline;

import static org.aftersales.testing.ServiceCalendars.at;
import static org.aftersales.testing.ServiceCalendars.calendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-computed deadlines; local times are Asia/Shanghai, service hours 08:30–17:30 on China's working days. */
class DeadlineTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @ParameterizedTest(name = "{0} from {1} + {2}, warning at {3} % = due {4}, warning {5}: {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        7x24  | 2026-03-06T16:00 | PT4H           | 75  | 2026-03-06T20:00 | 2026-03-06T19:00 | false | spare on site within 4 h
        hours | 2026-03-02T16:00 | PT4H           | 75  | 2026-03-03T11:00 | 2026-03-03T10:00 | false | the night does not count
        hours | 2026-03-06T16:00 | PT4H           | 50  | 2026-03-09T11:00 | 2026-03-09T09:00 | false | the weekend does not count
        hours | 2026-03-02T16:00 | PT4H           | 100 | 2026-03-03T11:00 | -                | false | 100 %: no warning
        hours | 2026-03-02T10:00 | PT0S           | 75  | 2026-03-02T10:00 | -                | false | no time: due at once, no warning
        hours | 2026-09-25T14:00 | 3 working days | 75  | 2026-09-30T17:30 | 2026-09-30T10:45 | false | 中秋节 off: 27 h of service
        7x24  | 2026-09-25T14:00 | 3 working days | 75  | 2026-10-01T00:00 | 2026-09-29T15:30 | false | 7×24 warns on elapsed time
        hours | 2026-03-02T18:00 | 1 working day  | 75  | 2026-03-03T17:30 | 2026-03-03T15:15 | false | from an evening
        hours | 2026-03-02T10:00 | 1 working day  | 75  | 2026-03-03T17:30 | 2026-03-03T13:22:30 | false | start day's hours count
        hours | 2026-12-31T16:00 | PT4H           | 75  | 2027-01-01T11:00 | 2027-01-01T10:00 | true  | 2027 not announced: guessed
        """)
    void a_started_deadline_is_due_and_warns_on_its_calendar(String kind, LocalDateTime start, String promise,
            int warningPercent, LocalDateTime due, LocalDateTime warning, boolean guessed, String why) {
        Deadline deadline = Deadline.start(ID, spec(kind, start, promise), warningPercent);

        assertThat(deadline.dueAt()).isEqualTo(at(due));
        assertThat(deadline.warningAt()).isEqualTo(warning == null ? null : at(warning));
        assertThat(deadline.guessed()).isEqualTo(guessed);
        assertThat(deadline.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(deadline.startedAt()).isEqualTo(at(start));
    }

    @ParameterizedTest(name = "{0}, {1} at {2} → {3} met {4}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        RUNNING   | met     | 2026-03-06T19:00 | MET       | 2026-03-06T19:00 | in time
        RUNNING   | met     | 2026-03-06T20:00 | MET       | 2026-03-06T20:00 | at the due instant is in time
        RUNNING   | met     | 2026-03-06T20:01 | MET_LATE  | 2026-03-06T20:01 | late before the breach timer fired
        WARNING   | met     | 2026-03-06T19:30 | MET       | 2026-03-06T19:30 | warned, then in time
        BREACHED  | met     | 2026-03-06T21:00 | MET_LATE  | 2026-03-06T21:00 | kept after the breach
        MET       | met     | 2026-03-06T19:45 | MET       | 2026-03-06T18:00 | the first meeting counts
        CANCELLED | met     | 2026-03-06T19:00 | CANCELLED | -                | a cancelled promise is not met
        RUNNING   | cancel  | 2026-03-06T17:00 | CANCELLED | -                | not owed any more
        BREACHED  | cancel  | 2026-03-06T21:00 | CANCELLED | -                | a breached one too (its breach stays)
        MET       | cancel  | 2026-03-06T19:00 | MET       | 2026-03-06T18:00 | met stays met
        RUNNING   | warn    | 2026-03-06T19:00 | WARNING   | -                | the warning share passed
        WARNING   | warn    | 2026-03-06T19:00 | WARNING   | -                | warned once
        MET       | warn    | 2026-03-06T19:00 | MET       | 2026-03-06T18:00 | a met deadline does not warn
        RUNNING   | breach  | 2026-03-06T20:00 | BREACHED  | -                | due unmet
        WARNING   | breach  | 2026-03-06T20:00 | BREACHED  | -                | warned, then due unmet
        BREACHED  | breach  | 2026-03-06T20:00 | BREACHED  | -                | breached once
        MET_LATE  | breach  | 2026-03-06T20:00 | MET_LATE  | 2026-03-06T18:00 | kept already
        CANCELLED | breach  | 2026-03-06T20:00 | CANCELLED | -                | cancelled before it fell due
        BREACHED  | restart | 2026-03-07T10:00 | RUNNING   | -                | counted anew
        MET       | restart | 2026-03-07T10:00 | RUNNING   | -                | a met promise owed again (reopened)
        """)
    void operations_move_a_deadline_between_its_states(DeadlineState from, String operation, LocalDateTime at,
            DeadlineState to, LocalDateTime metAt, String why) {
        Deadline deadline = inState(from);

        Deadline changed = switch (operation) {
            case "met" -> deadline.met(at(at));
            case "cancel" -> deadline.cancelled();
            case "warn" -> deadline.warned();
            case "breach" -> deadline.breached();
            case "restart" -> deadline.restarted(at(at));
            default -> throw new IllegalArgumentException(operation);
        };

        assertThat(changed.state()).isEqualTo(to);
        assertThat(changed.metAt()).isEqualTo(metAt == null ? null : at(metAt));
        assertThat(changed.id()).isEqualTo(deadline.id());
    }

    @Test
    void a_restart_counts_the_same_promise_from_the_new_start() {
        Deadline restarted = inState(DeadlineState.BREACHED).restarted(at(LocalDateTime.parse("2026-03-07T10:00")));

        assertThat(restarted.startedAt()).isEqualTo(at(LocalDateTime.parse("2026-03-07T10:00")));
        assertThat(restarted.dueAt()).isEqualTo(at(LocalDateTime.parse("2026-03-07T14:00")));
        assertThat(restarted.warningAt()).isEqualTo(at(LocalDateTime.parse("2026-03-07T13:00")));
        assertThat(restarted.promise()).isEqualTo(Promise.within(Duration.ofHours(4)));
    }

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource(delimiter = '|', textBlock = """
        PT4H           | PT4H
        PT30M          | PT30M
        P7D            | PT168H
        3 working days | 3 working days
        1 working day  | 1 working day
        1 working days | 1 working day
        """)
    void a_promise_is_stored_as_text_and_read_back(String text, String canonical) {
        Promise promise = Promise.parse(text);

        assertThat(promise.text()).isEqualTo(canonical);
        assertThat(Promise.parse(promise.text())).isEqualTo(promise);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        PT-1H
        0 working days
        x working days
        four hours
        """)
    void a_promise_that_cannot_be_counted_is_refused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Promise.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"0", "101", "-5"})
    void a_warning_share_outside_1_to_100_percent_is_refused(int percent) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Deadline.start(ID, spec("7x24", LocalDateTime.parse("2026-03-06T16:00"), "PT4H"),
                        percent));
    }

    @Test
    void a_deadline_cannot_be_met_before_it_started() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> inState(DeadlineState.RUNNING).met(at(LocalDateTime.parse("2026-03-06T15:59"))));
    }

    @ParameterizedTest
    @CsvSource({"7x24", "hours"})
    void a_calendar_is_stored_as_text_and_read_back(String kind) {
        ServiceCalendar calendar = calendar(kind);

        assertThat(StoredCalendar.parse(StoredCalendar.text(calendar))).isEqualTo(calendar);
    }

    /** A 4 h promise on 7×24 from Friday 2026-03-06 16:00 (due 20:00, warning 19:00), met at 18:00 when met. */
    private static Deadline inState(DeadlineState state) {
        Deadline running = Deadline.start(ID, spec("7x24", LocalDateTime.parse("2026-03-06T16:00"), "PT4H"), 75);
        Instant metAt = state == DeadlineState.MET || state == DeadlineState.MET_LATE
                ? at(LocalDateTime.parse("2026-03-06T18:00")) : null;
        return new Deadline(running.id(), running.kind(), running.subject(), running.promise(), running.calendar(),
                running.warningPercent(), running.responsible(), running.startedAt(), running.warningAt(),
                running.dueAt(), running.guessed(), state, metAt);
    }

    private static DeadlineSpec spec(String kind, LocalDateTime start, String promise) {
        return DeadlineSpec.of("spare-on-site", "spare-request-1", Promise.parse(promise), calendar(kind), at(start));
    }
}
