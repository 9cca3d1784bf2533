package org.aftersales.complaint.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.platform.deadline.Promise;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which promise a complaint deadline keeps, and when it falls due. */
class TargetsTest {

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
        assertThat(ComplaintTargets.due(Promise.within(promise), start)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{1} working day(s) from {0} ends on a working day after {2}")
    @CsvSource({
        // Friday → Monday; over the 2026 National Day holiday the next working day is after 7 October
        "2026-11-20T02:00:00Z, 1, 2026-11-22T16:00:00Z",
        "2026-09-30T02:00:00Z, 1, 2026-10-07T16:00:00Z",
    })
    void working_days_skip_weekends_and_public_holidays(Instant start, int days, Instant after) {
        assertThat(ComplaintTargets.due(Promise.workingDays(days), start)).isAfter(after);
    }
}
