package org.aftersales.warranty.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.PenaltyTerm;
import org.aftersales.events.contract.ContractActivated.ReportTerm;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
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

    private static ContractActivated activated(String template) {
        Commitment commitment = ((CommitmentParser.Valid) CommitmentParser.parseJson(CommitmentTemplates.text(template)))
                .commitment();
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
