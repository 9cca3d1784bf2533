package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.aftersales.warranty.sanbao.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A contract laid over the statute: the outcome more favourable to the customer wins, in both directions. */
class LayeringTest {

    private static final Purchase CONSUMER_UNDER_CONTRACT =
            new Purchase(Purchase.Buyer.CONSUMER, false, Optional.empty(), true, Optional.of(Fixtures.CONTRACT));

    /** Seed 002 with a 3-year whole-unit warranty, over all statutory policies. */
    private final SanbaoEngine engine = Fixtures.engineWith(Fixtures.seed002(3));

    @ParameterizedTest(name = "{0} day {1}, visits {2} -> {3} from {4} by {5}, contract won: {6}")
    @CsvSource({
            // statute more favourable: refund within 7 days beats the contract's free repair
            "colour-tv,    5,    -,           REFUND,      CN-GOODS-1995, 1995.R1, false",
            // a new unit is worth more than the refund less depreciation; statute and contract both give it: a tie,
            // the statute is kept
            "colour-tv,    200,  F1/24;F1/24, EXCHANGE,    CN-GOODS-1995, 1995.R3, false",
            // same remedy, contract cheaper for the customer: travel is free under the contract
            "colour-tv,    200,  -,           FREE_REPAIR, C-002,         C-002.FREE, true",
            // contract more favourable: statute expired (paid repair), contract's 3 years still run
            "colour-tv,    500,  -,           FREE_REPAIR, C-002,         C-002.FREE, true",
            // contract more favourable: two repairs in a row → new unit, after the statutory period
            "colour-tv,    500,  F1/24;F1/24, EXCHANGE,    C-002,         C-002.REPEAT, true",
            // both paid: the contract's parts at cost and free labour are cheaper
            "colour-tv,    1500, -,           PAID_REPAIR, C-002,         C-002.OOW, true",
            // a tie (exchange, free, no refund: the refrigerator's rate is unverified): the statute is kept
            "refrigerator, 200,  F1/24;F1/24, EXCHANGE,    CN-GOODS-1995, 1995.R3, false",
    })
    void theMoreFavourableOutcomeWins(String product, int day, String visits, Remedy remedy, String policy, String rule,
                                      boolean contractWon) {
        Decision decision = engine.decide(claim(product).purchase(CONSUMER_UNDER_CONTRACT)
                .repairs(visits.equals("-") ? List.of() : visits(visits)).onDay(day).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.policyId()).isEqualTo(policy);
        assertThat(decision.ruleId()).isEqualTo(rule);
        assertThat(decision.trace()).filteredOn(e -> e.ruleId().equals("LAYERING") && e.policyId().equals(Fixtures.CONTRACT))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.fired()).isEqualTo(contractWon);
                    assertThat(e.en()).contains("policy " + policy + " gives " + remedy.en());
                    assertThat(e.zh()).contains("采用政策 " + policy);
                });
    }

    @ParameterizedTest(name = "car repair of {0} h under contract -> loaner from {1} for {2} days")
    @CsvSource({
            "48,  ,           0",
            "49,  2024-03-23, 1",
            "121, 2024-03-23, 4",
    })
    void theLongerLoanerWins(long hours, LocalDate from, long days) {
        Decision decision = engine.decide(claim("household-car").purchase(CONSUMER_UNDER_CONTRACT).repairs(visits("F1/" + hours))
                .onDay(100).km(5000).build());

        assertThat(decision.loaner()).isEqualTo(days == 0 ? Optional.empty() : Optional.of(new Loaner(from, days)));
    }
}
