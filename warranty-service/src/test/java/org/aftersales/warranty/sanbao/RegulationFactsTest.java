package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.D0;
import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.aftersales.warranty.sanbao.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules that need facts beyond the basic claim: 1995 R10, phone M9, M10 and the lost-invoice tiers, car V3, V9,
 * V10, V12, V13 and Art 28, microcomputer C2. Replacements are {@code day/component[/system]} separated by {@code ;}.
 */
class RegulationFactsTest {

    private final SanbaoEngine engine = Fixtures.statutoryEngine();

    private static List<Replacement> replacements(String spec) {
        List<Replacement> list = new ArrayList<>();
        if (spec != null) {
            for (String one : spec.split(";")) {
                String[] f = one.split("/");
                list.add(new Replacement(D0.plusDays(Long.parseLong(f[0])), f[1],
                        f.length > 2 ? Optional.of(f[2]) : Optional.empty(), true));
            }
        }
        return list;
    }

    private static Claim.Circumstances circumstances(boolean large, String evidence, Boolean notLower, Integer agreedDay,
            String accessoryPrice) {
        return new Claim.Circumstances(
                Optional.ofNullable(accessoryPrice).map(p -> new Claim.Accessory(true, Optional.of(new BigDecimal(p)))),
                large, Claim.Evidence.valueOf(evidence), Optional.of(D0.minusDays(100)),
                Optional.ofNullable(agreedDay).map(D0::plusDays), Optional.ofNullable(notLower), false, Claim.Fees.NONE);
    }

    @ParameterizedTest(name = "{0} {1} day {2}: {11} by {12}")
    @CsvSource(nullValues = "-", value = {
            // product, component, day, repairs, replacements, inStock, notLower, agreedDay, large, evidence, accessoryPrice, remedy, rule, refund
            "colour-tv,         whole-unit,  100, -,           -,                          -,     -,    -,   true,  INVOICE_AND_VOUCHER, -,      FREE_REPAIR,      1995.R10,     -",
            "colour-tv,         whole-unit,  100, -,           -,                          -,     -,    -,   false, INVOICE_AND_VOUCHER, -,      FREE_REPAIR,      1995.R9,      -",
            "colour-tv,         whole-unit,  100, -,           -,                          -,     -,    -,   false, NONE,                -,      PAID_REPAIR,      1995.PROOF,   -",
            "notebook-computer, cpu,         500, -,           -,                          -,     -,    -,   false, INVOICE_AND_VOUCHER, -,      PART_REPLACEMENT, MICRO.C2,     -",
            "notebook-computer, cpu,         800, -,           -,                          -,     -,    -,   false, INVOICE_AND_VOUCHER, -,      PAID_REPAIR,      MICRO.PAID,   -",
            "mobile-phone,      battery,     100, -,           30/battery;60/battery,      -,     -,    -,   false, INVOICE_AND_VOUCHER, 129.00, REFUND,           MOBILE.M9,    129.00",
            "mobile-phone,      battery,     100, -,           30/battery,                 -,     -,    -,   false, INVOICE_AND_VOUCHER, 129.00, PART_REPLACEMENT, MOBILE.M8,    -",
            "mobile-phone,      whole-unit,  100, F1/24;F1/24, -,                          false, -,    110, false, INVOICE_AND_VOUCHER, -,      EXCHANGE,         MOBILE.M10,   -",
            "mobile-phone,      whole-unit,  100, F1/24;F1/24, -,                          false, -,    90,  false, INVOICE_AND_VOUCHER, -,      REFUND,           MOBILE.M6,    3000.00",
            "mobile-phone,      whole-unit,  5,   -,           -,                          -,     -,    -,   false, INVOICE_AND_VOUCHER, -,      REFUND,           MOBILE.M1,    3000.00",
            "mobile-phone,      whole-unit,  5,   -,           -,                          -,     -,    -,   false, OTHER_PROOF,         -,      EXCHANGE,         MOBILE.M1,    -",
            "mobile-phone,      whole-unit,  5,   -,           -,                          -,     -,    -,   false, MANUFACTURE_DATE,    -,      FREE_REPAIR,      MOBILE.M1,    -",
            "mobile-phone,      whole-unit,  5,   -,           -,                          -,     -,    -,   false, NONE,                -,      PAID_REPAIR,      MOBILE.PROOF, -",
            "household-car,     engine,      200, -,           30/engine;60/engine,        -,     -,    -,   false, INVOICE_AND_VOUCHER, -,      EXCHANGE,         CAR.V9,       -",
            "household-car,     engine,      200, -,           30/engine,                  -,     -,    -,   false, INVOICE_AND_VOUCHER, -,      FREE_REPAIR,      CAR.V1,       -",
            "household-car,     caliper,     200, -,           30/caliper/braking;60/caliper/braking, -, -, -, false, INVOICE_AND_VOUCHER, -,  EXCHANGE,         CAR.V10,      -",
            "household-car,     caliper,     200, -,           30/caliper;60/caliper,      -,     -,    -,   false, INVOICE_AND_VOUCHER, -,      FREE_REPAIR,      CAR.V1,       -",
            "household-car,     engine,      200, -,           30/engine;60/engine,        false, -,    -,   false, INVOICE_AND_VOUCHER, -,      REFUND,           CAR.V12,      2850.00",
            "household-car,     engine,      200, -,           30/engine;60/engine,        false, true, -,   false, INVOICE_AND_VOUCHER, -,      EXCHANGE,         CAR.V12,      -",
    })
    void the_rule_decides_on_the_stated_facts(String product, String component, int day, String repairs, String replaced,
            Boolean inStock, Boolean notLower, Integer agreedDay, boolean large, String evidence, String accessoryPrice,
            Remedy remedy, String rule, BigDecimal refund) {
        Decision decision = engine.decide(claim(product).component(component).onDay(day).km(10_000)
                .repairs(repairs == null ? List.of() : visits(repairs)).replacements(replacements(replaced))
                .sameModelInStock(Optional.ofNullable(inStock))
                .circumstances(circumstances(large, evidence, notLower, agreedDay, accessoryPrice)).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.ruleId()).isEqualTo(rule);
        if (refund != null) {
            assertThat(decision.refund().map(Refund::amount)).contains(refund);
        }
        if (rule.equals("MOBILE.M10")) {
            assertThat(decision.exchangeBy()).contains(D0.plusDays(agreedDay));
        }
    }

    @ParameterizedTest(name = "car replaced on day {0}: answer by day {1}, complete by day {2}, fees {3}")
    @CsvSource({"200, 210, 220, 9100.00"})
    void a_car_replacement_has_its_deadlines_and_fees(int day, int answer, int complete, BigDecimal fees) {
        Claim.Circumstances c = new Claim.Circumstances(Optional.empty(), false, Claim.Evidence.INVOICE_AND_VOUCHER,
                Optional.empty(), Optional.empty(), Optional.empty(), false,
                new Claim.Fees(new BigDecimal("500"), new BigDecimal("8000"), new BigDecimal("1000")));
        Decision decision = engine.decide(claim("household-car").component("engine").onDay(day).km(10_000)
                .replacements(replacements("30/engine;60/engine")).circumstances(c).build());

        assertThat(decision.deadlines()).contains(new Decision.Deadlines(D0.plusDays(day), D0.plusDays(answer), D0.plusDays(complete)));
        // add-ons less the usage-fee proportion 8000 × 10000 / 1000 × 0.005 = 400
        assertThat(decision.fees().map(Decision.FeeCompensation::total)).contains(fees);
    }

    @ParameterizedTest(name = "car that cannot be driven, consultation failed {0} -> {1}")
    @CsvSource({"false, REMOTE_CONSULTATION", "true, ON_SITE_SERVICE_AND_TOWING"})
    void a_car_that_cannot_be_driven_gets_help(boolean failed, Decision.Assistance.Kind kind) {
        Claim.Circumstances c = new Claim.Circumstances(Optional.empty(), false, Claim.Evidence.INVOICE_AND_VOUCHER,
                Optional.empty(), Optional.empty(), Optional.empty(), failed, Claim.Fees.NONE);
        Decision decision = engine.decide(claim("household-car").fault("F1", Fault.Trait.CANNOT_DRIVE_SAFELY).onDay(200)
                .km(10_000).circumstances(c).build());

        assertThat(decision.assistance()).contains(new Decision.Assistance(kind, Payer.REPAIRER));
    }
}
