package org.aftersales.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.SlaTerm;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.ticket.sla.SlaClock.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a ticket's terms promise per fault level and type, when its clocks warn and which breaches escalate. */
class SlaTermsTest {

    static final ContractActivated.ServiceCalendar ALWAYS =
            new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN");

    /** Seed 002: software within 48 h, other types no resolution promise; MINOR here also promises a general 5 days. */
    static final SlaTerms SEED_002 = terms(List.of(
            new SlaTerm(FaultLevel.MAJOR, "A", new TimeTarget("PT30M", null), new TimeTarget("PT2H", null), null,
                    "REPORT", Map.of(FaultType.SOFTWARE, new TimeTarget("PT48H", null))),
            new SlaTerm(FaultLevel.MINOR, "C", new TimeTarget("PT4H", null), null, new TimeTarget(null, 5),
                    "REPORT", Map.of(FaultType.SOFTWARE, new TimeTarget("PT24H", null)))), null, null);

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "RESOLUTION, MAJOR, SOFTWARE,      PT48H",
            "RESOLUTION, MAJOR, HARDWARE,      -",
            "RESOLUTION, MAJOR, -,             -",
            "RESOLUTION, MINOR, SOFTWARE,      PT24H",
            "RESOLUTION, MINOR, CONFIGURATION, 5 working days",
            "RESOLUTION, MINOR, -,             5 working days",
            "RESPONSE,   MAJOR, SOFTWARE,      PT30M",
            "ON_SITE,    MAJOR, HARDWARE,      PT2H",
            "ON_SITE,    MINOR, HARDWARE,      -",
            "RESPONSE,   CRITICAL, SOFTWARE,   -"})
    void a_fault_types_own_resolution_target_wins_over_its_levels(Target target, FaultLevel level, FaultType type,
            String promise) {
        assertThat(SEED_002.target(target, level, type).map(SlaTerms::describe).orElse(null)).isEqualTo(promise);
    }

    @ParameterizedTest(name = "terms {0}, setting {1}: {2}")
    @CsvSource(nullValues = "-", value = {"-, 75, 75", "50, 75, 50", "90, 60, 90", "-, 60, 60"})
    void the_commitments_warning_share_wins_over_the_services_setting(Integer terms, int setting, int share) {
        assertThat(terms(List.of(), terms, null).warningPercent(setting)).isEqualTo(share);
    }

    @ParameterizedTest(name = "escalating {0}: {1} escalates {2}")
    @CsvSource(nullValues = "-", value = {
            "-,                   RESPONSE,       true",
            "-,                   ON_SITE,        true",
            "-,                   RESOLUTION,     true",
            "-,                   REPAIR_REPORT,  false",
            "-,                   FAULT_ANALYSIS, false",
            "-,                   INSPECTION_REPORT, false",
            "RESOLUTION,          RESPONSE,       false",
            "RESOLUTION,          RESOLUTION,     true",
            "REPAIR_REPORT;RESPONSE, REPAIR_REPORT, true",
            "'',                  RESPONSE,       false"})
    void only_the_promises_the_commitment_names_escalate_by_default_the_customers(String escalating, Target target,
            boolean escalates) {
        List<String> clocks = escalating == null ? null
                : escalating.isEmpty() ? List.of() : List.of(escalating.split(";"));
        assertThat(terms(List.of(), null, clocks).escalates(target)).isEqualTo(escalates);
    }

    private static SlaTerms terms(List<SlaTerm> slaTerms, Integer warningAtPercent, List<String> escalatingClocks) {
        return new SlaTerms(SlaTerms.CONTRACT, null, "HT-1", "seed-002-hospital-it", 1, ALWAYS, slaTerms, List.of(),
                List.of(), List.of(), warningAtPercent, escalatingClocks, null);
    }
}
