package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "No fault found" (未发现故障) as an assessment outcome: nothing to repair, so no quality-problem rule fires. */
class NoFaultFoundTest {

    @ParameterizedTest(name = "{0} on day {1}, contract {2} → {3} by {4}")
    @CsvSource({
        // 1995 rule, within the period: no repair is owed, and no exclusion applies either
        "colour-tv,       100, false, NO_OBLIGATION, NONE",
        // after the period: paid repair is offered whatever the cause
        "colour-tv,       500, false, PAID_REPAIR,   1995.PAID",
        // within the 7-day window: still no refund without a fault
        "colour-tv,       3,   false, NO_OBLIGATION, NONE",
        // seed 002's contract: its free repair needs a quality problem too
        "patient-monitor, 100, true,  NO_OBLIGATION, NONE",
    })
    void nothing_is_owed_for_a_fault_that_was_not_found(String product, int day, boolean contract, Remedy remedy,
            String rule) {
        SanbaoEngine engine = contract ? Fixtures.engineWith(Fixtures.seed002(3)) : Fixtures.statutoryEngine();
        Fixtures.ClaimBuilder builder = claim(product).onDay(day).assessment(Assessment.noFaultFound("开机自检正常"));
        if (contract) {
            builder.purchase(new Purchase(Purchase.Buyer.BUSINESS, false, Optional.empty(), true, Optional.of(Fixtures.CONTRACT)));
        }

        Decision decision = engine.decide(builder.build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.ruleId()).isEqualTo(rule);
        assertThat(decision.trace()).anySatisfy(t -> assertThat(t.en()).contains("no fault found"));
    }
}
