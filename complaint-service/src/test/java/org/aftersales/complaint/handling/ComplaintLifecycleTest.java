package org.aftersales.complaint.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle as a table: every action from every status, allowed to one status or refused. */
class ComplaintLifecycleTest {

    /** The allowed moves; every other pair of action and status is refused. */
    static final Map<ComplaintAction, List<ComplaintStatus>> ALLOWED = Map.of(
            ComplaintAction.CONTACT, List.of(ComplaintStatus.RECEIVED, ComplaintStatus.CONTACTED),
            ComplaintAction.INVESTIGATE, List.of(ComplaintStatus.CONTACTED, ComplaintStatus.INVESTIGATING),
            ComplaintAction.DETERMINE, List.of(ComplaintStatus.INVESTIGATING, ComplaintStatus.DETERMINED),
            ComplaintAction.APPROVE, List.of(ComplaintStatus.DETERMINED, ComplaintStatus.APPROVED),
            ComplaintAction.REQUEST_REVISION, List.of(ComplaintStatus.DETERMINED, ComplaintStatus.INVESTIGATING),
            ComplaintAction.START_SOLUTION, List.of(ComplaintStatus.APPROVED, ComplaintStatus.SOLUTION_IN_PROGRESS),
            ComplaintAction.SOLVE, List.of(ComplaintStatus.SOLUTION_IN_PROGRESS, ComplaintStatus.SOLVED),
            ComplaintAction.CONFIRM_SOLUTION, List.of(ComplaintStatus.SOLVED, ComplaintStatus.FOLLOWED_UP),
            ComplaintAction.REJECT_SOLUTION, List.of(ComplaintStatus.SOLVED, ComplaintStatus.RECEIVED),
            ComplaintAction.CLOSE, List.of(ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED));

    static Stream<Arguments> everyActionFromEveryStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (ComplaintAction action : ComplaintAction.values()) {
            for (ComplaintStatus status : ComplaintStatus.values()) {
                List<ComplaintStatus> allowed = ALLOWED.get(action);
                cases.add(Arguments.of(action, status, allowed.get(0) == status ? allowed.get(1) : null));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @MethodSource("everyActionFromEveryStatus")
    void an_action_leads_to_its_status_or_is_refused(ComplaintAction action, ComplaintStatus from,
            ComplaintStatus expected) {
        assertThat(action.from(from).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({
        "CONTACT, agent, true", "CONTACT, customer, false", "CONTACT, quality, false",
        "INVESTIGATE, quality, true", "INVESTIGATE, agent, false",
        "DETERMINE, quality, true", "DETERMINE, manager, true", "DETERMINE, agent, false",
        "APPROVE, manager, true", "APPROVE, quality, false",
        "REQUEST_REVISION, manager, true", "REQUEST_REVISION, quality, false",
        "SOLVE, agent, true", "SOLVE, customer, false",
        "CONFIRM_SOLUTION, customer, true", "CONFIRM_SOLUTION, partner, true", "CONFIRM_SOLUTION, engineer, false",
        "REJECT_SOLUTION, customer, true", "REJECT_SOLUTION, quality, false",
        "CLOSE, agent, true", "CLOSE, customer, false"
    })
    void roles_decide_who_acts(ComplaintAction action, String role, boolean allowed) {
        assertThat(action.roles().contains(role)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} needs a reason: {1}")
    @CsvSource({"REJECT_SOLUTION, true", "REQUEST_REVISION, true", "CONTACT, false", "CLOSE, false"})
    void rejections_and_revisions_need_their_reason(ComplaintAction action, boolean needsReason) {
        assertThat(action.needsReason()).isEqualTo(needsReason);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"AGENT, QUALITY", "QUALITY, AFTER_SALES_MANAGER", "AFTER_SALES_MANAGER, GENERAL_MANAGER",
        "GENERAL_MANAGER, "})
    void escalation_climbs_one_level_and_stops_at_the_top(EscalationLevel from, EscalationLevel next) {
        assertThat(from.next().orElse(null)).isEqualTo(next);
    }

    @ParameterizedTest(name = "{0}th of {1}")
    @CsvSource({"1, 2026, TS-2026-000001", "123, 2026, TS-2026-000123", "999999, 2027, TS-2027-999999"})
    void record_numbers_read_ts_year_six_digits(int n, int year, String expected) {
        assertThat(RecordNumbers.format(year, n)).isEqualTo(expected);
    }
}
