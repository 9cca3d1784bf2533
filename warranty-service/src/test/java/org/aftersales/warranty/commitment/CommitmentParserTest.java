package org.aftersales.warranty.commitment;

import static org.aftersales.warranty.commitment.Documents.MINIMAL;
import static org.aftersales.warranty.commitment.Documents.problems;
import static org.aftersales.warranty.commitment.Documents.valid;
import static org.aftersales.warranty.commitment.Documents.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.events.ticket.FaultLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentParserTest {

    @Test
    void a_minimal_document_is_read_with_its_defaults() {
        Commitment commitment = valid(MINIMAL);

        assertThat(commitment.id()).isEqualTo("test-commitment");
        assertThat(commitment.serviceHours()).isEqualTo(new ServiceHours(ServiceHours.Coverage.ALWAYS,
                ZoneId.of("Asia/Shanghai"), Optional.empty(), "CN", false, Optional.empty()));
        assertThat(commitment.serviceLevels()).containsOnlyKeys("A");
        assertThat(commitment.serviceLevels().get("A")).isEqualTo(new ServiceLevel(
                new TimeLimit.Elapsed(Duration.ofMinutes(30)), Optional.of(new TimeLimit.Elapsed(Duration.ofHours(2))),
                Optional.of(new TimeLimit.Elapsed(Duration.ofHours(24))), ServiceLevel.ClockStart.REPORT, Map.of()));
        assertThat(commitment.faultLevels()).containsExactly(
                Map.entry(FaultLevel.CRITICAL, "A"), Map.entry(FaultLevel.MAJOR, "A"), Map.entry(FaultLevel.MINOR, "A"));
        assertThat(commitment.warranty().covers()).isEqualTo(new WarrantyTerms.CoveredCosts(true, true, false));
        assertThat(commitment.inspection()).isEmpty();
        assertThat(commitment.penalties()).isEmpty();
    }

    @Test
    void working_hours_working_days_and_percentages_are_read() {
        Commitment commitment = valid(with("serviceHours", """
                {"coverage": "WORKING_HOURS", "workingHours": {"from": "08:30", "to": "17:30"},
                 "zone": "Asia/Urumqi", "offHoursDuty": true, "hotlineChangeNotice": "P3D"}""")
                .replace("\"faultLevels\"", """
                        "inspection": {"cadence": [{"name": "quarterly", "months": [3, 6, 9, 12]}], "report": {"workingDays": 3}},
                        "spares": {"minimumLocalStockPercent": 2.5},
                        "faultLevels\""""));

        assertThat(commitment.serviceHours()).isEqualTo(new ServiceHours(ServiceHours.Coverage.WORKING_HOURS,
                ZoneId.of("Asia/Urumqi"), Optional.of(new ServiceHours.WorkingHours(LocalTime.of(8, 30), LocalTime.of(17, 30))),
                "CN", true, Optional.of(Period.ofDays(3))));
        assertThat(commitment.inspection().orElseThrow().report()).contains(new TimeLimit.WorkingDays(3));
        assertThat(commitment.inspection().orElseThrow().cadence()).containsExactly(new Inspection.Cadence(
                "quarterly", Optional.empty(), List.of(3, 6, 9, 12), 15, Period.ZERO, Optional.empty()));
        assertThat(commitment.spares().orElseThrow().minimumLocalStockPercent()).contains(new BigDecimal("2.5"));
    }

    @ParameterizedTest(name = "{0} = {1} → {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "REMOVE", textBlock = """
            # field set (or REMOVE)     | to JSON                                  | problem at                           | message contains
            version                     | 2                                        | version                              | unknown field; expected one of id, title
            serviceLevels.A.respond     | "PT1H"                                   | serviceLevels.A.respond              | unknown field
            warranty.covers.repairs     | true                                     | warranty.covers.repairs              | unknown field
            title                       | REMOVE                                   | title                                | is required
            warranty                    | REMOVE                                   | warranty                             | is required
            warranty.covers.travel      | REMOVE                                   | warranty.covers.travel               | is required
            serviceLevels.A.response    | null                                     | serviceLevels.A.response             | is required
            title                       | 42                                       | title                                | must be text
            title                       | "  "                                     | title                                | must not be blank
            id                          | "Seed 002"                               | id                                   | lower-case letters and digits
            warranty.covers.parts       | "yes"                                    | warranty.covers.parts                | must be true or false
            warranty.startsAt           | "PURCHASE"                               | warranty.startsAt                    | must be one of INVOICE, LATER_OF_INVOICE_AND_DELIVERY, ACCEPTANCE, DELIVERY
            warranty.startsAt           | 2                                        | warranty.startsAt                    | must be text
            inspection                  | []                                       | inspection                           | must be an object
            slaPauses                   | "WAITING_FOR_CUSTOMER"                   | slaPauses                            | must be an array
            slaPauses                   | [null]                                   | slaPauses[0]                         | must not be null
            slaPauses                   | ["WAITING_FOR_CUSTOMER", "WAITING_FOR_CUSTOMER"] | slaPauses[1]                 | duplicate pause condition 'WAITING_FOR_CUSTOMER', also at slaPauses[0]
            serviceLevels.A.response    | "30 minutes"                             | serviceLevels.A.response             | must be an ISO-8601 duration such as PT30M
            serviceLevels.A.response    | "P1Y"                                    | serviceLevels.A.response             | must be an ISO-8601 duration
            serviceLevels.A.response    | "-PT5M"                                  | serviceLevels.A.response             | must be longer than zero
            serviceLevels.A.response    | "PT0S"                                   | serviceLevels.A.response             | must be longer than zero
            serviceLevels.A.response    | 30                                       | serviceLevels.A.response             | must be text
            serviceLevels.A.response    | {"workingDays": 0}                       | serviceLevels.A.response.workingDays | must be between 1 and 365
            serviceLevels.A.response    | {"workingDays": 1.5}                     | serviceLevels.A.response.workingDays | must be a whole number
            serviceLevels.A.response    | {"days": 3}                              | serviceLevels.A.response.days        | unknown field; expected one of workingDays
            serviceLevels.A.onSite      | "PT10M"                                  | serviceLevels.A.onSite               | is shorter than response
            serviceLevels.A.resolution  | "PT1H"                                   | serviceLevels.A.resolution           | is shorter than onSite
            serviceLevels.A             | {"response": "PT3M", "resolution": "PT1H", "resolutionFrom": "ARRIVAL"} | serviceLevels.A.resolutionFrom | ARRIVAL needs an onSite target
            serviceLevels.A.resolutionByFaultType | {"FIRMWARE": "PT1H"}           | serviceLevels.A.resolutionByFaultType.FIRMWARE | unknown key; must be one of OPERATION, SOFTWARE
            serviceLevels               | {}                                       | serviceLevels                        | must define at least one service level
            serviceLevels.B             | {"response": "PT1H"}                     | serviceLevels.B                      | is not used by any fault level
            serviceLevels.B C           | {"response": "PT1H"}                     | serviceLevels.B C                    | unknown key; must be a service level name
            faultLevels.MINOR           | "C"                                      | faultLevels.MINOR                    | names service level 'C', which serviceLevels does not define; defined: A
            faultLevels.MINOR           | REMOVE                                   | faultLevels.MINOR                    | is required: every fault level needs a service level
            faultLevels.SEVERE          | "A"                                      | faultLevels.SEVERE                   | unknown key; must be a fault level, one of CRITICAL, MAJOR, MINOR
            serviceHours                | {"coverage": "WORKING_HOURS"}            | serviceHours.workingHours            | is required when coverage is WORKING_HOURS
            serviceHours.workingHours   | {"from": "08:30", "to": "17:30"}         | serviceHours.workingHours            | contradicts coverage ALWAYS
            serviceHours.offHoursDuty   | true                                     | serviceHours.offHoursDuty            | contradicts coverage ALWAYS
            serviceHours                | {"coverage": "WORKING_HOURS", "workingHours": {"from": "17:30", "to": "08:30"}} | serviceHours.workingHours.to | must be after from (17:30)
            serviceHours                | {"coverage": "WORKING_HOURS", "workingHours": {"from": "8:30", "to": "17:30"}}  | serviceHours.workingHours.from | must be a time of day such as 08:30
            serviceHours.zone           | "Mars/Olympus"                           | serviceHours.zone                    | must be a time-zone id
            serviceHours.holidayCalendar | "china"                                 | serviceHours.holidayCalendar         | must be a two-letter country code
            serviceHours.hotlineChangeNotice | "P0D"                               | serviceHours.hotlineChangeNotice     | must be longer than zero
            warranty.period             | "PT1H"                                   | warranty.period                      | must be an ISO-8601 period such as P1Y
            warranty.period             | "-P1Y"                                   | warranty.period                      | must be longer than zero
            warranty.components         | [{"component": "pump", "period": "P2Y"}, {"component": "pump", "period": "P3Y"}] | warranty.components[1] | duplicate component 'pump', also at warranty.components[0]
            warranty.components         | [{"component": "pump"}]                  | warranty.components[0].period        | is required
            warranty.exclusions         | ["MISUSE", "LIGHTNING"]                  | warranty.exclusions[1]               | must be one of MISUSE, UNAUTHORISED_MODIFICATION
            warranty.exclusions         | ["MISUSE", "MISUSE"]                     | warranty.exclusions[1]               | duplicate exclusion 'MISUSE'
            inspection                  | {}                                       | inspection.cadence                   | is required unless inspections are only before major events
            inspection.cadence          | [{"name": "q", "months": [3, 13]}]       | inspection.cadence[0].months[1]      | must be between 1 and 12
            inspection.cadence          | [{"name": "q", "months": [3, 3]}]        | inspection.cadence[0].months[1]      | duplicate month '3', also at inspection.cadence[0].months[0]
            inspection.cadence          | [{"name": "q", "months": []}]            | inspection.cadence[0].months         | must name at least one month
            inspection.cadence          | [{"name": "q", "months": [3], "day": 31}] | inspection.cadence[0].day           | must be between 1 and 28
            inspection.cadence          | [{"name": "m", "every": 0}]              | inspection.cadence[0].every          | must be between 1 and 24
            inspection.cadence          | [{"name": "m", "every": "P1M"}]          | inspection.cadence[0].every          | must be a whole number
            inspection.cadence          | [{"name": "m", "every": 1, "months": [1]}] | inspection.cadence[0]              | needs exactly one of every (months between visits) or months
            inspection.cadence          | [{"name": "m"}]                          | inspection.cadence[0]                | needs exactly one of every
            inspection.cadence          | [{"name": "m", "every": 1, "day": 15}]   | inspection.cadence[0].day            | applies only to calendar months
            inspection.cadence          | [{"name": "r", "every": 3, "from": "P2Y", "until": "P1Y"}] | inspection.cadence[0].until | must be after from (P2Y)
            inspection.cadence          | [{"name": "r", "every": 3, "until": "P1Y"}, {"name": "r", "every": 6, "from": "P6M"}] | inspection.cadence[1] | contradicts cadence[0]: both schedule 'r' at the same time
            inspection.cadence          | [{"every": 3}]                           | inspection.cadence[0].name           | is required
            inspection.report           | {"workingDays": -3}                      | inspection.report.workingDays        | must be between 1 and 365
            returnVisits                | [{"trigger": "PERIODIC"}]                | returnVisits[0].timesPerYear         | is required for PERIODIC return visits
            returnVisits                | [{"trigger": "PERIODIC", "timesPerYear": 3, "within": "P7D"}] | returnVisits[0].within | applies only to return visits after an event
            returnVisits                | [{"trigger": "SERVICE_CLOSED"}]          | returnVisits[0].within               | is required for return visits after SERVICE_CLOSED
            returnVisits                | [{"trigger": "COMPLAINT_RESOLVED", "within": "P7D", "timesPerYear": 2}] | returnVisits[0].timesPerYear | applies only to PERIODIC
            returnVisits                | [{"trigger": "PERIODIC", "timesPerYear": 0}] | returnVisits[0].timesPerYear     | must be between 1 and 52
            spares                      | {}                                       | spares                               | promises nothing
            spares                      | {"backupUnits": true, "minimumLocalStockPercent": 3} | spares.backupUnits       | needs a delivery time
            spares.minimumLocalStockPercent | -3                                   | spares.minimumLocalStockPercent      | must be a percentage above 0 and at most 100
            spares.minimumLocalStockPercent | "3%"                                 | spares.minimumLocalStockPercent      | must be a number
            loaner                      | {"repairLongerThan": "two days"}         | loaner.repairLongerThan              | must be an ISO-8601 duration
            loaner                      | {"onlyWhenReturnedToFactory": true}      | loaner.repairLongerThan              | is required
            repeatedFailure.repairs     | 0                                        | repeatedFailure.repairs              | must be between 1 and 10
            repeatedFailure.repairs     | "2"                                      | repeatedFailure.repairs              | must be a whole number
            extensions                  | [{"trigger": "UNRESOLVED_OUTAGE", "extendBy": "P60D"}, {"trigger": "UNRESOLVED_OUTAGE", "extendBy": "P30D"}] | extensions[1] | duplicate extension trigger 'UNRESOLVED_OUTAGE'
            extensions                  | [{"trigger": "UNRESOLVED_OUTAGE", "extendBy": "PT60H"}] | extensions[0].extendBy | must be an ISO-8601 period
            outOfWarranty               | {"parts": "AT_COST"}                     | outOfWarranty.labourCharged          | is required
            penalties                   | [{"breach": "LATE_ARRIVAL", "consequence": "PERCENT_OF_CONTRACT_PRICE"}] | penalties[0].percent | is required for PERCENT_OF_CONTRACT_PRICE
            penalties                   | [{"breach": "LATE_ARRIVAL", "consequence": "VENDOR_BEARS_ALL_COSTS", "percent": 1}] | penalties[0].percent | applies only to PERCENT_OF_CONTRACT_PRICE
            penalties                   | [{"breach": "LATE_ARRIVAL", "consequence": "PERCENT_OF_CONTRACT_PRICE", "percent": 150}] | penalties[0].percent | must be a percentage above 0 and at most 100
            reports                     | [{"kind": "REPAIR_REPORT", "after": "RESOLUTION"}, {"kind": "REPAIR_REPORT", "after": "ARRIVAL"}] | reports[1] | duplicate report 'REPAIR_REPORT'
            """)
    void every_kind_of_problem_is_reported_at_its_path(String field, String json, String path, String message) {
        assertThat(problems(with(field, json)))
                .filteredOn(problem -> problem.path().equals(path))
                .extracting(CommitmentProblem::message)
                .anySatisfy(text -> assertThat(text).contains(message));
    }

    @Test
    void every_problem_of_a_document_is_reported_not_only_the_first() {
        String document = """
                {"id": "Bad Id",
                 "title": "Several problems",
                 "colour": "red",
                 "serviceHours": {"coverage": "SOMETIMES"},
                 "serviceLevels": {"A": {"response": "PT0S"}},
                 "faultLevels": {"CRITICAL": "A", "MAJOR": "B"},
                 "inspection": {"cadence": [{"name": "m", "every": 1}, {"name": "q", "every": 25}]},
                 "warranty": {"startsAt": "ACCEPTANCE", "period": "P1Y",
                              "components": [{"component": "pump", "period": "P2Y"}, {"component": "pump", "period": "P2Y"}],
                              "covers": {"parts": true, "labour": true}}}""";

        assertThat(problems(document)).extracting(CommitmentProblem::path).containsExactlyInAnyOrder(
                "colour",
                "id",
                "serviceHours.coverage",
                "serviceLevels.A.response",
                "faultLevels.MAJOR",
                "faultLevels.MINOR",
                "inspection.cadence[1].every",
                "warranty.components[1]",
                "warranty.covers.travel");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed object          | {"id": "x"                         | malformed JSON at line 1
            missing value            | {"id": }                           | malformed JSON at line 1, column 8
            trailing text            | {"id": "x"} and more               | malformed JSON
            duplicate field          | {"id": "x", "id": "y"}             | malformed JSON at line 1
            not JSON at all          | 服务承诺                             | malformed JSON
            """)
    void malformed_json_is_one_problem_for_the_body(String name, String text, String message) {
        assertThat(problems(text)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("body");
            assertThat(problem.message()).startsWith(message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an array        | []    | must be an object
            a number        | 42    | must be an object
            nothing         | ''    | is empty
            """)
    void a_document_that_is_not_an_object_is_one_problem_for_the_body(String name, String text, String message) {
        assertThat(problems(text)).containsExactly(new CommitmentProblem("body", message + (message.equals("is empty")
                ? "; a commitment document is an object" : "")));
    }

    @Test
    void yaml_is_read_into_the_same_commitment_as_json() {
        String yaml = """
                id: test-commitment
                title: Test
                serviceHours:
                  coverage: ALWAYS
                serviceLevels:
                  A:
                    response: PT30M
                    onSite: PT2H
                    resolution: PT24H
                faultLevels:
                  CRITICAL: A
                  MAJOR: A
                  MINOR: A
                warranty:
                  startsAt: ACCEPTANCE
                  period: P1Y
                  covers: {parts: true, labour: true, travel: false}
                """;

        assertThat(CommitmentParser.parseYaml(yaml)).isEqualTo(CommitmentParser.parseJson(MINIMAL));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a number for text         | 'id: 42'                          | id                   | must be text
            a boolean for text        | 'title: true'                     | title                | must be text
            bad indentation           | 'id: x\\n  title: y\\n bad'        | body                 | malformed YAML
            """)
    void yaml_problems_are_reported_like_json_ones(String name, String yaml, String path, String message) {
        CommitmentParser.Result result = CommitmentParser.parseYaml(yaml.replace("\\n", "\n"));

        assertThat(result).isInstanceOfSatisfying(CommitmentParser.Invalid.class, invalid -> assertThat(invalid.problems())
                .filteredOn(problem -> problem.path().equals(path))
                .anySatisfy(problem -> assertThat(problem.message()).contains(message)));
    }
}
