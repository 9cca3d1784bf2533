package org.aftersales.complaint.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.platform.deadline.ContractCalendar;
import org.aftersales.platform.deadline.Promise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which promise a complaint deadline keeps, and when it falls due. */
class TargetsTest {

    static final Promise FOUR_HOURS = Promise.within(Duration.ofHours(4));
    /** The defaults of {@code aftersales.complaint.defaults.*} on the default calendar. */
    static final Targets DEFAULTS = new Targets(FOUR_HOURS, Promise.within(Duration.ofHours(8)),
            Promise.within(Duration.ofDays(7)), Promise.within(Duration.ofHours(24)), Promise.within(Duration.ofDays(7)),
            75, ContractCalendar.of(null));

    @ParameterizedTest(name = "contract {0}/{1} over the default PT4H → {2}")
    @CsvSource({"PT2H, , PT2H", ", , PT4H", ", 1, 1 working day", ", 3, 3 working days"})
    void a_contracts_target_wins_over_the_default(String elapsed, Integer workingDays, String promise) {
        Promise chosen = Targets.promise(elapsed == null && workingDays == null ? null
                : new TimeTarget(elapsed, workingDays), Promise.within(Duration.ofHours(4)));
        assertThat(chosen.text()).isEqualTo(promise);
    }

    @ParameterizedTest(name = "{1} from {0} → {2}")
    @CsvSource({
        // elapsed time runs through nights and weekends (Friday 2026-11-20 17:00 Shanghai)
        "2026-11-20T09:00:00Z, PT4H, 2026-11-20T13:00:00Z",
        "2026-11-20T09:00:00Z, PT8H, 2026-11-20T17:00:00Z",
        "2026-11-20T09:00:00Z, P7D,  2026-11-27T09:00:00Z",
    })
    void complaint_deadlines_count_around_the_clock(Instant start, Duration promise, Instant due) {
        assertThat(DEFAULTS.due(Promise.within(promise), start)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{1} working day(s) from {0} ends on a working day after {2}")
    @CsvSource({
        // Friday → Monday; over the 2026 National Day holiday the next working day is after 7 October
        "2026-11-20T02:00:00Z, 1, 2026-11-22T16:00:00Z",
        "2026-09-30T02:00:00Z, 1, 2026-10-07T16:00:00Z",
    })
    void working_days_skip_weekends_and_public_holidays(Instant start, int days, Instant after) {
        assertThat(DEFAULTS.due(Promise.workingDays(days), start)).isAfter(after);
    }

    @ParameterizedTest(name = "{0}: contact due {3}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                                    | coverage      | received             | contact due
        Friday evening, 工作日 8:00–17:30, 清明 Saturday to Monday  | WORKING_HOURS | 2026-04-03T10:00:00Z | 2026-04-07T04:00:00Z
        Friday evening, the Saturday after is a 调休 working day    | WORKING_HOURS | 2026-02-13T10:00:00Z | 2026-02-14T04:00:00Z
        Friday evening, an ordinary weekend                        | WORKING_HOURS | 2026-11-20T10:00:00Z | 2026-11-23T04:00:00Z
        Wednesday 16:00, within service hours, runs into Thursday  | WORKING_HOURS | 2026-11-18T08:00:00Z | 2026-11-19T02:30:00Z
        Friday evening, a 7×24 contract runs through               | ALWAYS        | 2026-04-03T10:00:00Z | 2026-04-03T14:00:00Z
        Friday evening, no contract: the default calendar          | NONE          | 2026-04-03T10:00:00Z | 2026-04-03T14:00:00Z
        """)
    void the_contact_deadline_runs_on_the_contracts_service_calendar(String name, String coverage, Instant received,
            Instant due) {
        Targets targets = coverage.equals("NONE") ? DEFAULTS : DEFAULTS.under(contract(coverage));

        assertThat(targets.due(targets.contact(), received)).isEqualTo(due);
    }

    @Test
    void a_promised_reply_time_falls_due_at_that_moment_whatever_the_service_hours() {
        Targets targets = DEFAULTS.under(contract("WORKING_HOURS"));
        Instant contacted = Instant.parse("2026-04-03T10:00:00Z");

        Instant due = Promise.within(Duration.ofHours(3)).dueAfter(contacted, targets.promisedMoments()).at();

        assertThat(due).isEqualTo(Instant.parse("2026-04-03T13:00:00Z"));
    }

    static ContractActivated contract(String coverage) {
        ContractActivated.ServiceCalendar calendar = coverage.equals("ALWAYS")
                ? new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN")
                : new ContractActivated.ServiceCalendar("WORKING_HOURS", "Asia/Shanghai", LocalTime.of(8, 0),
                        LocalTime.of(17, 30), "CN");
        return new ContractActivated(UUID.randomUUID(), "HT-1", "dealer-a/customer-a", List.of(), null, null, "c", 1,
                calendar, List.of(), List.of(), List.of(), null, List.of(), Instant.parse("2026-01-01T00:00:00Z"),
                List.of(), List.of(), null, null, null, null, null);
    }
}
