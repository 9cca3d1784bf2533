package org.aftersales.ticket.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.calendar.ServiceCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 巡检计划: the dated visits of a contract's schedules, counted from a device's warranty start, within its term. */
class InspectionPlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | schedules                                                                 | warranty start | contract from | contract to | first      | last       | visits
            every 3 months from a month's end       | [{"name": "q", "everyMonths": 3}]                                           | 2025-01-31 | -          | -          | 2025-01-01 | 2026-01-31 | 2025-04-30 2025-07-31 2025-10-31 2026-01-31
            monthly across February of a leap year  | [{"name": "m", "everyMonths": 1}]                                           | 2024-01-31 | -          | -          | 2024-01-01 | 2024-04-30 | 2024-02-29 2024-03-31 2024-04-30
            yearly from 29 February                 | [{"name": "y", "everyMonths": 12}]                                          | 2024-02-29 | -          | -          | 2024-01-01 | 2028-12-31 | 2025-02-28 2026-02-28 2027-02-28 2028-02-29
            mid Mar/Jun/Sep/Dec (002)               | [{"name": "q", "months": [3, 6, 9, 12], "day": 15}]                         | 2025-04-20 | -          | -          | 2025-01-01 | 2026-03-31 | 2025-06-15 2025-09-15 2025-12-15 2026-03-15
            day 31 falls on the month's last day    | [{"name": "e", "months": [2, 4], "day": 31}]                                | 2023-12-01 | -          | -          | 2024-01-01 | 2025-04-30 | 2024-02-29 2024-04-30 2025-02-28 2025-04-30
            no visit on the warranty start day      | [{"name": "h", "months": [1, 7], "day": 15}]                                | 2025-01-15 | -          | -          | 2025-01-01 | 2026-01-31 | 2025-07-15 2026-01-15
            every 3 months in year 1 (001), until included | [{"name": "r", "everyMonths": 3, "until": "P1Y"}]                    | 2025-02-01 | -          | -          | 2025-01-01 | 2027-12-31 | 2025-05-01 2025-08-01 2025-11-01 2026-02-01
            every 6 months from year 2 (001)        | [{"name": "r", "everyMonths": 6, "from": "P1Y"}]                            | 2025-02-01 | -          | -          | 2025-01-01 | 2027-02-01 | 2026-08-01 2027-02-01
            listed months from year 2               | [{"name": "h", "months": [1, 7], "day": 15, "from": "P1Y"}]                 | 2025-03-01 | -          | -          | 2025-01-01 | 2026-12-31 | 2026-07-15
            listed months until 6 months            | [{"name": "q", "months": [3, 6, 9, 12], "day": 15, "until": "P6M"}]         | 2025-01-10 | -          | -          | 2025-01-01 | 2026-12-31 | 2025-03-15 2025-06-15
            never after the contract's last day     | [{"name": "m", "everyMonths": 1}]                                           | 2025-06-10 | 2025-06-01 | 2025-09-30 | 2025-01-01 | 2026-12-31 | 2025-07-10 2025-08-10 2025-09-10
            never before the contract's first day   | [{"name": "m", "everyMonths": 2}]                                           | 2025-01-01 | 2025-06-01 | -          | 2025-01-01 | 2025-12-31 | 2025-07-01 2025-09-01 2025-11-01
            the window's bounds are included        | [{"name": "m", "everyMonths": 1}]                                           | 2025-01-10 | -          | -          | 2025-03-10 | 2025-05-10 | 2025-03-10 2025-04-10 2025-05-10
            same schedule meeting itself is one visit | [{"name": "r", "everyMonths": 3, "until": "P1Y"}, {"name": "r", "everyMonths": 6}] | 2025-01-01 | - | - | 2025-01-01 | 2025-12-31 | 2025-04-01 2025-07-01 2025-10-01
            an empty window                         | [{"name": "m", "everyMonths": 1}]                                           | 2025-01-10 | -          | -          | 2025-03-11 | 2025-04-09 |
            a contract over before the window       | [{"name": "m", "everyMonths": 1}]                                           | 2025-01-10 | 2025-01-01 | 2025-02-28 | 2025-03-01 | 2025-12-31 |
            no schedules                            | []                                                                          | 2025-01-10 | -          | -          | 2025-01-01 | 2025-12-31 |
            """)
    void the_schedules_expand_into_dated_visits(String name, String schedules, LocalDate warrantyStart,
            LocalDate startsOn, LocalDate endsOn, LocalDate first, LocalDate last, String visits) throws Exception {
        InspectionPlan plan = plan(schedules, startsOn, endsOn);

        assertThat(plan.between(new WarrantyStart(warrantyStart, WarrantyStart.Basis.ACCEPTANCE), first, last))
                .extracting(Occurrence::dueOn).containsExactlyElementsOf(dates(visits));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                    | schedules                                                       | warranty start | contract to | from       | count | visits
            002's monthly and quarterly, in date order | [{"name": "monthly", "everyMonths": 1}, {"name": "quarterly", "months": [3, 6, 9, 12], "day": 15}] | 2025-01-01 | - | 2025-05-20 | 4 | 2025-06-01 monthly,2025-06-15 quarterly,2025-07-01 monthly,2025-08-01 monthly
            open-ended, far ahead                      | [{"name": "h", "months": [1, 7], "day": 15}]                    | 2025-01-01 | -          | 2090-02-01 | 2     | 2090-07-15 h,2091-01-15 h
            fewer than asked before the contract ends  | [{"name": "q", "everyMonths": 3}]                               | 2025-01-01 | 2025-12-31 | 2025-06-01 | 5     | 2025-07-01 q,2025-10-01 q
            a schedule that has ended gives nothing    | [{"name": "q", "months": [3, 6, 9, 12], "day": 15, "until": "P1Y"}] | 2025-01-01 | -     | 2026-06-01 | 3     |
            """)
    void the_next_visits_stop_at_the_count_or_the_end(String name, String schedules, LocalDate warrantyStart,
            LocalDate endsOn, LocalDate from, int count, String visits) throws Exception {
        InspectionPlan plan = plan(schedules, null, endsOn);

        assertThat(plan.next(new WarrantyStart(warrantyStart, WarrantyStart.Basis.ACCEPTANCE), from, count))
                .extracting(o -> o.dueOn() + " " + o.scheduleName())
                .containsExactlyElementsOf(visits == null ? List.of() : List.of(visits.split(",")));
    }

    @ParameterizedTest(name = "acceptance {0}, contract from {1}")
    @CsvSource(nullValues = "-", textBlock = """
            2025-03-10, 2025-01-01, 2025-03-10, ACCEPTANCE
            -,          2025-01-01, 2025-01-01, CONTRACT_START
            -,          -,          -,          -
            """)
    void the_cadence_counts_from_the_acceptance_else_the_contract_start(LocalDate acceptance, LocalDate contractStart,
            LocalDate expected, WarrantyStart.Basis basis) {
        assertThat(WarrantyStart.of(acceptance, contractStart))
                .isEqualTo(expected == null ? Optional.empty()
                        : Optional.of(new WarrantyStart(expected, basis)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            neither everyMonths nor months | {"name": "x"}
            both everyMonths and months    | {"name": "x", "everyMonths": 3, "months": [3], "day": 15}
            every 0 months                 | {"name": "x", "everyMonths": 0}
            month 13                       | {"name": "x", "months": [13], "day": 15}
            day 0 of listed months         | {"name": "x", "months": [3]}
            """)
    void a_schedule_that_would_never_end_or_never_match_is_refused(String name, String schedule) throws Exception {
        var parsed = JSON.readValue(schedule, ContractActivated.InspectionSchedule.class);

        assertThatIllegalArgumentException().isThrownBy(() -> Cadence.of(parsed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                            | elapsed | working days | calendar                | inspected at         | report due at        | guessed
            3 working days over 中秋 (000)                      | -       | 3            | ALWAYS                  | 2026-09-25T06:00:00Z | 2026-09-30T16:00:00Z | false
            3 working days by the close of service hours       | -       | 3            | WORKING_HOURS           | 2026-09-25T06:00:00Z | 2026-09-30T09:30:00Z | false
            elapsed time                                       | PT48H   | -            | ALWAYS                  | 2026-09-25T06:00:00Z | 2026-09-27T06:00:00Z | false
            the default when the contract names none           | -       | -            | ALWAYS                  | 2026-09-25T06:00:00Z | 2026-09-30T16:00:00Z | false
            a year whose holidays are not announced yet        | -       | 3            | ALWAYS                  | 2030-01-04T06:00:00Z | 2030-01-09T16:00:00Z | true
            """)
    void the_report_deadline_follows_the_contract(String name, String elapsed, Integer workingDays, String coverage,
            Instant inspectedAt, Instant expected, boolean guessed) {
        ContractActivated.TimeTarget target = elapsed == null && workingDays == null ? null
                : new ContractActivated.TimeTarget(elapsed, workingDays);
        ContractActivated terms = new ContractActivated(UUID.randomUUID(), "HT-1", "dealer-a/customer-a",
                List.of(), null, null, "c", 1, coverage.equals("ALWAYS")
                        ? new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN")
                        : new ContractActivated.ServiceCalendar("WORKING_HOURS", "Asia/Shanghai",
                                LocalTime.of(8, 30), LocalTime.of(17, 30), "CN"),
                List.of(), List.of(), List.of(), target, List.of(), inspectedAt, List.of(), List.of(), null, null, null, null,
                null);
        InspectionTerms inspectionTerms = InspectionTerms.of(terms, 3);

        ServiceCalendar.Due due = inspectionTerms.reportWithin().dueAfter(inspectedAt, inspectionTerms.calendar());

        assertThat(due.at()).isEqualTo(expected);
        assertThat(due.guessed()).isEqualTo(guessed);
    }

    private static InspectionPlan plan(String schedules, LocalDate startsOn, LocalDate endsOn) throws Exception {
        List<ContractActivated.InspectionSchedule> parsed = JSON.readValue(schedules, new TypeReference<>() { });
        return new InspectionPlan(parsed.stream().map(Cadence::of).toList(), startsOn, endsOn);
    }

    private static List<LocalDate> dates(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(" ")).map(LocalDate::parse).toList();
    }
}
