package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.aftersales.warranty.sanbao.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refund arithmetic: depreciation per day net of repair and waiting days, the car usage fee, full-price refunds. */
class RefundTest {

    private final SanbaoEngine engine = Fixtures.statutoryEngine();

    @ParameterizedTest(name = "{0} {1} yuan, visits {2}, day {3}, {4} km, n={5} -> {6} {7} units, deduct {8}, refund {9}")
    @CsvSource({
            // 3000.00 × 0.001 × (100 − 10 repair days) = 270.00
            "colour-tv,     3000.00,   F1/120;F1/120,            100, 0,     '',    DAILY_DEPRECIATION, 90, 270.00,   2730.00",
            // a started 24 hours counts as a day: 25 h = 2 days
            "colour-tv,     3000.00,   F1/25;F1/24,              100, 0,     '',    DAILY_DEPRECIATION, 97, 291.00,   2709.00",
            // parts-waiting days are deducted too
            "colour-tv,     3000.00,   F1/24/NONE/5;F1/24,       100, 0,     '',    DAILY_DEPRECIATION, 93, 279.00,   2721.00",
            // 1999.99 × 0.0005 × 33 = 32.999835, HALF_UP to 33.00
            "bicycle,       1999.99,   F1/24;F1/24,              35,  0,     '',    DAILY_DEPRECIATION, 33, 33.00,    1966.99",
            // 2999.00 × 0.005 × 50 = 749.75
            "mobile-phone,  2999.00,   F1/24;F1/24,              52,  0,     '',    DAILY_DEPRECIATION, 50, 749.75,   2249.25",
            // 200000.00 × 10000 km / 1000 × n, n from the voucher capped at 0.5 %
            "household-car, 200000.00, F1/24;F1/24;F1/24;F1/24;F1/24, 200, 10000, '', USAGE_FEE, 10000, 10000.00, 190000.00",
            "household-car, 200000.00, F1/24;F1/24;F1/24;F1/24;F1/24, 200, 10000, 0.004, USAGE_FEE, 10000, 8000.00, 192000.00",
            "household-car, 200000.00, F1/24;F1/24;F1/24;F1/24;F1/24, 200, 10000, 0.006, USAGE_FEE, 10000, 10000.00, 190000.00",
            "household-car, 199999.99, F1/24;F1/24;F1/24;F1/24;F1/24, 200, 12345, 0.0033, USAGE_FEE, 12345, 8147.70, 191852.29",
            // within the early windows: the invoice price in one payment
            "colour-tv,     3000.00,   -,                        5,   0,     '',    FULL_PRICE,         0,  0.00,     3000.00",
    })
    void refundBreakdown(String product, String price, String visits, int day, long km, String n, Refund.Basis basis,
                         long units, String deduction, String amount) {
        Fixtures.ClaimBuilder builder = claim(product).price(price).repairs(visits.equals("-") ? List.of() : visits(visits))
                .onDay(day).km(km);
        if (!n.isEmpty()) {
            builder.usageCoefficient(n);
        }

        Decision decision = engine.decide(builder.build());

        // A refund reduced by a deduction is worth less than a new unit; at the full price it ranks first.
        assertThat(decision.options()).contains(Remedy.REFUND);
        assertThat(decision.remedy()).isEqualTo(new BigDecimal(deduction).signum() == 0 ? Remedy.REFUND : Remedy.EXCHANGE);
        Refund refund = decision.refund().orElseThrow();
        assertThat(refund.basis()).isEqualTo(basis);
        assertThat(refund.units()).isEqualTo(units);
        assertThat(refund.deduction()).isEqualTo(new BigDecimal(deduction));
        assertThat(refund.amount()).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0}: refund offered after two repairs = {1}")
    @CsvSource({
            "colour-tv,    true",
            // catalog row whose daily rate is unverified: no refund less depreciation, exchange only
            "refrigerator, false",
    })
    void noRefundWithoutAKnownRate(String product, boolean refundOffered) {
        Decision decision = engine.decide(claim(product).repairs(visits("F1/24;F1/24")).onDay(100).build());

        assertThat(decision.options().contains(Remedy.REFUND)).isEqualTo(refundOffered);
        assertThat(decision.options()).contains(Remedy.EXCHANGE);
    }
}
