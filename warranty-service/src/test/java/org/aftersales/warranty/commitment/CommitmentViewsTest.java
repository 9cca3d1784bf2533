package org.aftersales.warranty.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.events.ticket.FaultLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentViewsTest {

    static final Commitment LEVELS = Documents.valid("""
            {"id": "levels", "title": "Three levels",
             "serviceHours": {"coverage": "WORKING_HOURS", "workingHours": {"from": "08:30", "to": "17:30"}},
             "serviceLevels": {
               "A": {"response": "PT10M", "onSite": "PT2H", "resolution": "PT24H", "resolutionByFaultType": {"SOFTWARE": "PT48H"}},
               "B": {"response": "PT10M", "onSite": "PT12H"},
               "C": {"response": "PT30M", "onSite": "PT24H", "resolution": {"workingDays": 3}}},
             "faultLevels": {"CRITICAL": "A", "MAJOR": "B", "MINOR": "C"},
             "slaPauses": ["WAITING_FOR_CUSTOMER"],
             "reports": [{"kind": "REPAIR_REPORT", "after": "RESOLUTION", "within": "PT3H"}],
             "warranty": {"startsAt": "ACCEPTANCE", "period": "P3Y", "components": [{"component": "key components", "period": "P5Y"}],
                          "covers": {"parts": true, "labour": true, "travel": true}}}""");

    @ParameterizedTest(name = "{0} {1} → level {2}")
    @CsvSource(nullValues = "-", textBlock = """
            CRITICAL, -,        A, PT10M, PT2H,  PT24H
            CRITICAL, HARDWARE, A, PT10M, PT2H,  PT24H
            CRITICAL, SOFTWARE, A, PT10M, PT2H,  PT48H
            MAJOR,    -,        B, PT10M, PT12H, -
            MAJOR,    SOFTWARE, B, PT10M, PT12H, -
            """)
    void a_fault_level_gets_the_targets_of_its_service_level(FaultLevel fault, FaultType type, String level,
                                                            Duration response, Duration onSite, Duration resolution) {
        SlaTargets targets = type == null ? LEVELS.targetsFor(fault) : LEVELS.targetsFor(fault, type);

        assertThat(targets.serviceLevel()).isEqualTo(level);
        assertThat(targets.response()).isEqualTo(new TimeLimit.Elapsed(response));
        assertThat(targets.onSite()).contains(new TimeLimit.Elapsed(onSite));
        assertThat(targets.resolution()).isEqualTo(Optional.ofNullable(resolution).map(TimeLimit.Elapsed::new));
        assertThat(targets.serviceHours()).isSameAs(LEVELS.serviceHours());
        assertThat(targets.pauses()).containsExactly(PauseCondition.WAITING_FOR_CUSTOMER);
        assertThat(targets.reports()).extracting(ReportDeadline::kind).containsExactly(ReportDeadline.Kind.REPAIR_REPORT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            MINOR, C, 3
            """)
    void a_target_may_be_working_days(FaultLevel fault, String level, int days) {
        assertThat(LEVELS.targetsFor(fault).serviceLevel()).isEqualTo(level);
        assertThat(LEVELS.targetsFor(fault).resolution()).contains(new TimeLimit.WorkingDays(days));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            OPERATION
            CONFIGURATION
            """)
    void a_fault_type_without_its_own_target_keeps_the_levels(FaultType type) {
        assertThat(LEVELS.serviceLevels().get("A").resolutionFor(type)).isEqualTo(LEVELS.serviceLevels().get("A").resolution());
    }
}
