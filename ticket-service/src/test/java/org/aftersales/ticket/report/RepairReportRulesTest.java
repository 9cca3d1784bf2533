package org.aftersales.ticket.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.aftersales.platform.problem.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The times of a repair report: reported (at 08:00) → arrived → restored, none after now (11:00). */
class RepairReportRulesTest {

    static final Instant REPORTED = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant NOW = REPORTED.plus(Duration.ofHours(3));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("solved remotely", null, "10:00", new String[] {}),
                Arguments.of("on site", "08:30", "10:00", new String[] {}),
                Arguments.of("all at the report time", "08:00", "08:00", new String[] {}),
                Arguments.of("restored just now", "10:59", "11:00", new String[] {}),
                Arguments.of("arrived before it was reported", "07:59", "10:00", new String[] {"arrivedAt"}),
                Arguments.of("arrived in the future", "11:01", "11:00",
                        new String[] {"arrivedAt", "restoredAt"}),
                Arguments.of("restored before it was reported", null, "07:00", new String[] {"restoredAt"}),
                Arguments.of("restored before arrival", "09:00", "08:30", new String[] {"restoredAt"}),
                Arguments.of("restored in the future", "09:00", "11:01", new String[] {"restoredAt"}),
                Arguments.of("everything too early", "07:00", "06:00",
                        new String[] {"arrivedAt", "restoredAt", "restoredAt"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void times_must_tell_a_possible_story(String story, String arrived, String restored, String[] badFields) {
        assertThat(RepairReportRules.timeProblems(REPORTED, at(arrived), at(restored), NOW))
                .extracting(FieldProblem::field)
                .containsExactly(badFields);
    }

    static Instant at(String time) {
        return time == null ? null : Instant.parse("2026-03-02T" + time + ":00Z");
    }
}
