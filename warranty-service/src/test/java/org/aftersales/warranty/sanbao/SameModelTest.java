package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.aftersales.warranty.sanbao.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 无同型号同规格: an exchange is due but the seller has no product of the same model and specification, so the consumer
 * gets the invoice price back in one payment, without depreciation (1995 Art 13, R6; mobile phones Art 18, M6).
 */
class SameModelTest {

    private final SanbaoEngine engine = Fixtures.statutoryEngine();

    @ParameterizedTest(name = "{0}, {1}, in stock {2} → {3} by {4}, refund {5}")
    @CsvSource({
        // two failed repairs on day 100: exchange due (worth more than the depreciated refund)
        "colour-tv,    F1/24;F1/24, true,  EXCHANGE,    1995.R3,    2706.00",
        "colour-tv,    F1/24;F1/24,      ,    EXCHANGE,    1995.R3,    2706.00",
        "colour-tv,    F1/24;F1/24, false, REFUND,      1995.R6,    3000.00",
        "mobile-phone, F1/24;F1/24, false, REFUND,      MOBILE.M6,  3000.00",
        "mobile-phone, F1/24;F1/24, true,  EXCHANGE,    MOBILE.M3,  1530.00",
        // no exchange due: stock does not matter
        "colour-tv,    F1/24,       false, FREE_REPAIR, 1995.R9,           ",
    })
    void without_the_same_model_a_due_exchange_becomes_a_full_refund(String product, String repairs, Boolean inStock,
            Remedy remedy, String rule, BigDecimal refund) {
        Decision decision = engine.decide(claim(product).repairs(visits(repairs)).onDay(100)
                .sameModelInStock(Optional.ofNullable(inStock)).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.ruleId()).isEqualTo(rule);
        assertThat(decision.refund().map(Refund::amount)).isEqualTo(Optional.ofNullable(refund));
    }
}
