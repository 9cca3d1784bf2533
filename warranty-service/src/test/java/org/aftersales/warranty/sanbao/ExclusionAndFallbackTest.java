package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.aftersales.warranty.sanbao.Assessment.Cause;
import org.aftersales.warranty.sanbao.Purchase.Buyer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The old-part assessment's exclusions, and 消费者权益保护法 §24/§25 as the fallback and the distance-sale return. */
class ExclusionAndFallbackTest {

    private final SanbaoEngine engine = Fixtures.engineWith(Fixtures.seed002(1));

    private static Purchase purchase(String kind) {
        return switch (kind) {
            case "consumer" -> new Purchase(Buyer.CONSUMER, false, Optional.empty(), true, Optional.empty());
            case "online" -> new Purchase(Buyer.CONSUMER, true, Optional.empty(), true, Optional.empty());
            case "online-excepted" -> new Purchase(Buyer.CONSUMER, true, Optional.of(Purchase.ReturnExclusion.of(Purchase.ReturnExclusion.Kind.MADE_TO_ORDER)), true, Optional.empty());
            case "online-damaged" -> new Purchase(Buyer.CONSUMER, true, Optional.empty(), false, Optional.empty());
            case "business" -> new Purchase(Buyer.BUSINESS, false, Optional.empty(), true, Optional.empty());
            case "contract" -> new Purchase(Buyer.BUSINESS, false, Optional.empty(), true, Optional.of(Fixtures.CONTRACT));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Assessment assessment(String verdict) {
        return switch (verdict) {
            case "-" -> Assessment.notAssessed();
            case "QUALITY" -> Assessment.qualityProblem("焊点开裂");
            case "NO_FAULT" -> new Assessment(Assessment.Verdict.NOT_QUALITY_PROBLEM, Optional.empty(), "未发现故障");
            default -> Assessment.notQualityProblem(Cause.valueOf(verdict), "鉴定结论");
        };
    }

    @ParameterizedTest(name = "{0} ({1}), assessment {2}, day {3} -> {4} by {5}")
    @CsvSource({
            "colour-tv,         consumer, QUALITY,                 5,   REFUND,        1995.R1",
            "colour-tv,         consumer, MISUSE,                  5,   PAID_REPAIR,   1995.EXCL",
            "colour-tv,         consumer, FORCE_MAJEURE,           100, PAID_REPAIR,   1995.EXCL",
            "colour-tv,         consumer, UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY, 100, PAID_REPAIR, 1995.EXCL",
            "colour-tv,         consumer, ENVIRONMENT_OUT_OF_SPEC, 100, NO_OBLIGATION, NONE",
            "household-car,     consumer, DISCLOSED_DEFECT,        100, PAID_REPAIR,   CAR.EXCL",
            "household-car,     consumer, ACCIDENT,                100, NO_OBLIGATION, NONE",
            "notebook-computer, consumer, VIRUS,                   100, PAID_REPAIR,   MICRO.EXCL",
            "mobile-phone,      consumer, MISUSE,                  3,   PAID_REPAIR,   MOBILE.EXCL",
            "electric-kettle,   consumer, MISUSE,                  3,   NO_OBLIGATION, NONE",
            "ct-scanner,        contract, ENVIRONMENT_OUT_OF_SPEC, 100, PAID_REPAIR,   C-002.EXCL",
            "ct-scanner,        contract, CONSUMABLE,              100, PAID_REPAIR,   C-002.EXCL",
            "ct-scanner,        contract, QUALITY,                 100, FREE_REPAIR,   C-002.FREE",
            // 消费者权益保护法 §24: only where no specific rule covers the product; 7 days from receipt (delivery day 3)
            "electric-kettle,   consumer, -,                       10,  REFUND,        CPL.24-7D",
            "electric-kettle,   consumer, -,                       11,  EXCHANGE,      CPL.24",
            // §25: intact goods bought at a distance, no fault needed, 7 days from receipt
            "electric-kettle,   online,   NO_FAULT,                10,  REFUND,        CPL.25",
            "electric-kettle,   online,   NO_FAULT,                11,  NO_OBLIGATION, NONE",
            "electric-kettle,   online-excepted, NO_FAULT,         5,   NO_OBLIGATION, NONE",
            "electric-kettle,   online-damaged,  NO_FAULT,         5,   NO_OBLIGATION, NONE",
            "colour-tv,         online,   NO_FAULT,                10,  REFUND,        CPL.25",
            // a business buyer without a contract: no consumer rule applies
            "electric-kettle,   business, -,                       5,   NO_OBLIGATION, NO-POLICY",
    })
    void assessmentAndFallback(String product, String purchase, String verdict, int day, Remedy remedy, String rule) {
        Decision decision = engine.decide(claim(product).purchase(purchase(purchase)).assessment(assessment(verdict))
                .deliveredOnDay(3).onDay(day).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.ruleId()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0}: §24 applies = {1}")
    @CsvSource({"electric-kettle, true", "colour-tv, false", "household-car, false"})
    void section24IsOnlyTheFallback(String product, boolean applies) {
        Decision decision = engine.decide(claim(product).onDay(100).build());

        assertThat(decision.trace()).filteredOn(e -> e.ruleId().equals("APPLIES") && e.policyId().equals(StatutoryPolicies.CPL_24))
                .singleElement()
                .satisfies(e -> assertThat(e.fired()).isEqualTo(applies));
    }

    @ParameterizedTest(name = "{0} kettle, assessment {1}, day 2 -> {2} by {3}, travel paid by {4}")
    @CsvSource({
            // §25 ¶3: the customer pays the return shipping
            "online,   NO_FAULT, REFUND, CPL.25,    CUSTOMER",
            // §24 ¶2: the operator bears transport and other necessary costs
            "consumer, QUALITY,  REFUND, CPL.24-7D, SELLER",
    })
    void whoPaysTheReturnTransport(String purchase, String verdict, Remedy remedy, String rule, Payer travel) {
        Decision decision = engine.decide(claim("electric-kettle").purchase(purchase(purchase)).assessment(assessment(verdict))
                .onDay(2).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.ruleId()).isEqualTo(rule);
        assertThat(decision.costs().travel()).isEqualTo(travel);
        assertThat(decision.refund().orElseThrow().amount()).isEqualByComparingTo("3000.00");
    }
}
