package org.aftersales.warranty.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.PenaltyTerm;
import org.aftersales.events.contract.ContractActivated.ReportTerm;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.warranty.commitment.Commitment;
import org.aftersales.warranty.commitment.CommitmentParser;
import org.aftersales.warranty.commitment.CommitmentTemplates;
import org.junit.jupiter.api.Test;

/** What a contract's activation tells ticket-service about its commitment's reports and penalties. */
class ContractTermsTest {

    @Test
    void seed_001s_repair_report_within_three_hours_and_its_penalties_are_published() {
        ContractActivated terms = activated("seed-001-plant-equipment");

        assertThat(terms.reports()).containsExactly(
                new ReportTerm("REPAIR_REPORT", "RESOLUTION", new TimeTarget("PT3H", null)));
        assertThat(terms.penalties()).containsExactly(
                new PenaltyTerm("LATE_RESPONSE", "VENDOR_BEARS_ALL_COSTS", null),
                new PenaltyTerm("LATE_ARRIVAL", "VENDOR_BEARS_ALL_COSTS", null),
                new PenaltyTerm("SITE_RULES_BREACH", "PERCENT_OF_CONTRACT_PRICE", new BigDecimal("1")));
    }

    @Test
    void seed_000s_fault_analysis_has_no_deadline_and_no_penalties() {
        ContractActivated terms = activated("seed-000-network-systems");

        assertThat(terms.reports()).containsExactly(new ReportTerm("FAULT_ANALYSIS", "RESOLUTION", null));
        assertThat(terms.penalties()).isEmpty();
    }

    @Test
    void seed_002s_software_faults_are_resolved_within_48_hours_whatever_the_level() {
        ContractActivated terms = activated("seed-002-hospital-it");

        assertThat(terms.slaTerms()).hasSize(FaultLevel.values().length).allSatisfy(term -> {
            assertThat(term.resolution()).isNull();
            assertThat(term.resolutionByFaultType()).containsExactly(
                    Map.entry(FaultType.SOFTWARE, new TimeTarget("PT48H", null)));
        });
    }

    @Test
    void the_warning_share_and_the_escalating_clocks_are_the_commitments_or_left_to_the_defaults() {
        ContractActivated defaults = activated("seed-003-field-equipment");
        assertThat(defaults.warningAtPercent()).isNull();
        assertThat(defaults.escalatingClocks()).isNull();

        String chosen = CommitmentTemplates.text("seed-003-field-equipment").replaceFirst("\\{",
                "{\"warningAtPercent\": 60, \"escalatingClocks\": [\"RESPONSE\", \"RESOLUTION\"],");
        ContractActivated terms = activated(parse(chosen));
        assertThat(terms.warningAtPercent()).isEqualTo(60);
        assertThat(terms.escalatingClocks()).containsExactly("RESPONSE", "RESOLUTION");
    }

    @Test
    void seed_003s_backup_unit_is_owed_after_24_hours_back_at_the_factory() {
        assertThat(activated("seed-003-field-equipment").loaner())
                .isEqualTo(new ContractActivated.LoanerTerm("PT24H", true));
        assertThat(activated("seed-002-hospital-it").loaner())
                .isEqualTo(new ContractActivated.LoanerTerm("PT48H", false));
    }

    private static Commitment parse(String document) {
        return ((CommitmentParser.Valid) CommitmentParser.parseJson(document)).commitment();
    }

    private static ContractActivated activated(String template) {
        return activated(parse(CommitmentTemplates.text(template)));
    }

    private static ContractActivated activated(Commitment commitment) {
        String template = commitment.id();
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.number = "HT-1";
        contract.customerOrganisation = "dealer-a/customer-a";
        contract.commitmentId = template;
        contract.commitmentVersion = 1;
        contract.startsOn = LocalDate.parse("2026-01-01");
        return ContractTerms.activated(contract, List.of("SN-1"), commitment, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
