package org.aftersales.warranty.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectionDueDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # cadence                                                          | warranty start | from       | to         | due dates
            monthly from acceptance                                            | [{"name": "m", "every": 1}] | 2025-01-31 | 2025-01-01 | 2025-05-31 | 2025-02-28 2025-03-31 2025-04-30 2025-05-31
            monthly during a 1-year warranty (002)                             | [{"name": "m", "every": 1, "until": "P1Y"}] | 2025-03-10 | 2026-01-01 | 2026-12-31 | 2026-01-10 2026-02-10 2026-03-10
            quarterly in mid Mar/Jun/Sep/Dec (002)                             | [{"name": "q", "months": [3, 6, 9, 12]}] | 2025-04-20 | 2025-01-01 | 2026-03-31 | 2025-06-15 2025-09-15 2025-12-15 2026-03-15
            half-yearly in mid Jan/Jul (002)                                   | [{"name": "h", "months": [1, 7]}] | 2025-01-20 | 2025-01-01 | 2026-12-31 | 2025-07-15 2026-01-15 2026-07-15
            every 3 months in year 1, then every 6 months (001)                | [{"name": "r", "every": 3, "until": "P1Y"}, {"name": "r", "every": 6, "from": "P1Y"}] | 2025-02-01 | 2025-01-01 | 2027-03-01 | 2025-05-01 2025-08-01 2025-11-01 2026-02-01 2026-08-01 2027-02-01
            only the requested period                                          | [{"name": "r", "every": 3, "until": "P1Y"}, {"name": "r", "every": 6, "from": "P1Y"}] | 2025-02-01 | 2025-10-01 | 2026-09-30 | 2025-11-01 2026-02-01 2026-08-01
            on a chosen day                                                    | [{"name": "q", "months": [3, 9], "day": 1}] | 2025-01-01 | 2025-01-01 | 2025-12-31 | 2025-03-01 2025-09-01
            nothing before the warranty starts                                 | [{"name": "q", "months": [3, 6, 9, 12]}] | 2025-09-16 | 2025-01-01 | 2025-12-31 | 2025-12-15
            empty cadence                                                      | []                                  | 2025-01-01 | 2025-01-01 | 2025-12-31 |
            """)
    void the_cadence_expands_into_due_dates(String name, String cadence, LocalDate start, LocalDate from, LocalDate to, String expected) {
        Inspection inspection = inspection(cadence);

        assertThat(inspection.dueDates(start, from, to)).extracting(Inspection.Due::date).containsExactlyElementsOf(dates(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            monthly, quarterly and half-yearly of seed 002 in one list | 2025-03-01 | 2025-06-01 | 2025-07-31 | 2025-06-01 monthly,2025-06-15 quarterly,2025-07-01 monthly,2025-07-15 half-yearly
            """)
    void several_inspections_are_merged_in_date_order(String name, LocalDate start, LocalDate from, LocalDate to, String expected) {
        Inspection seed002 = CommitmentTemplates.load().byId("seed-002-hospital-it").orElseThrow().inspection().orElseThrow();

        assertThat(seed002.dueDates(start, from, to)).extracting(due -> due.date() + " " + due.inspection())
                .containsExactly(expected.split(","));
    }

    private static Inspection inspection(String cadence) {
        return Documents.valid(Documents.with("inspection", "{\"cadence\": " + cadence + "}")).inspection().orElseThrow();
    }

    private static List<LocalDate> dates(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(" ")).map(LocalDate::parse).toList();
    }
}
