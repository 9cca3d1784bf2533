package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.aftersales.warranty.sanbao.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Favourable means worth more to the customer: a refund is worth its amount after depreciation, an exchange a new unit
 * at the invoice price (1995.R3 offers both after two failed repairs of a colour TV, 0.1 % a day).
 */
class FavourabilityTest {

    private final SanbaoEngine engine = Fixtures.statutoryEngine();

    @ParameterizedTest(name = "price {0}, claim day {1} → {2}")
    @CsvSource({
        // day 5: the early-fault refund is the full price, worth as much as a new unit; refund ranks first on a tie
        "3000.00, 5,   REFUND,   '',                                    ''",
        // day 100: 3000 × 0.001 × 98 = 294.00 off; the new unit is worth 3000.00, the refund 2706.00
        "3000.00, 100, EXCHANGE, 换货价值 3000.00 元，高于退货的 2706.00 元, "
                + "exchange is worth 3000.00 yuan, more than refund at 2706.00 yuan",
        // day 360: depreciation of 35.8 % → still the new unit
        "3000.00, 360, EXCHANGE, 换货价值 3000.00 元，高于退货的 1926.00 元, "
                + "exchange is worth 3000.00 yuan, more than refund at 1926.00 yuan",
    })
    void a_refund_reduced_by_depreciation_does_not_beat_a_new_unit(String price, int day, Remedy remedy, String zh,
            String en) {
        Decision decision = engine.decide(
                claim("colour-tv").price(price).repairs(visits("F1/24;F1/24")).onDay(day).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        if (!zh.isEmpty()) {
            assertThat(decision.options()).contains(Remedy.REFUND, Remedy.EXCHANGE);
            assertThat(decision.trace()).anySatisfy(t -> {
                assertThat(t.zh()).contains(zh);
                assertThat(t.en()).contains(en);
            });
        }
    }
}
