package org.aftersales.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.aftersales.warranty.sanbao.Applicability;
import org.aftersales.warranty.sanbao.Assessment;
import org.aftersales.warranty.sanbao.Citation;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.ClockTerms;
import org.aftersales.warranty.sanbao.Costs;
import org.aftersales.warranty.sanbao.Coverage;
import org.aftersales.warranty.sanbao.Fault;
import org.aftersales.warranty.sanbao.Payer;
import org.aftersales.warranty.sanbao.Policy;
import org.aftersales.warranty.sanbao.ProductTerms;
import org.aftersales.warranty.sanbao.Purchase;
import org.aftersales.warranty.sanbao.Refund;
import org.aftersales.warranty.sanbao.Remedy;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.aftersales.warranty.sanbao.Replacement;
import org.aftersales.warranty.sanbao.Rule;
import org.aftersales.warranty.sanbao.Source;
import org.aftersales.warranty.sanbao.StartEvent;
import org.aftersales.warranty.sanbao.Term;
import org.aftersales.warranty.sanbao.Threshold;

/**
 * A deterministic mix of claims: household goods, cars, phones (handset and battery), notebooks, products under the
 * consumer-law fallback and devices under a seed-002 style contract; 0 to 5 earlier repairs, some replacements, some
 * assessed as misuse, claim days from 1 to 1,200.
 */
final class ClaimMix {

    static final String CONTRACT = "C-BENCH";
    private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
    private static final String[] PRODUCTS = {
        "colour-tv", "lcd-tv", "refrigerator", "washing-machine", "household-car", "household-car", "mobile-phone",
        "notebook-computer", "electric-kettle", "ct-scanner"
    };

    private ClaimMix() {
    }

    static List<Claim> claims(int count, long seed) {
        Random random = new Random(seed);
        List<Claim> claims = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            claims.add(claim(random));
        }
        return claims;
    }

    private static Claim claim(Random random) {
        String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        boolean car = product.equals("household-car");
        LocalDate invoice = BASE.plusDays(random.nextInt(365));
        int day = switch (random.nextInt(4)) {
            case 0 -> 1 + random.nextInt(16);
            case 1 -> 17 + random.nextInt(60);
            default -> 77 + random.nextInt(1100);
        };
        Instant claimedAt = invoice.plusDays(day).atTime(LocalTime.of(9, 30)).toInstant(Claim.CHINA_TIME);
        List<RepairVisit> repairs = new ArrayList<>();
        Instant start = invoice.plusDays(1).atStartOfDay().toInstant(Claim.CHINA_TIME);
        int visits = day < 10 ? 0 : random.nextInt(6);
        for (int v = 0; v < visits; v++) {
            start = start.plus(Duration.ofHours(1 + random.nextInt(Math.max(1, day * 24 / (visits + 1)))));
            Instant end = start.plus(Duration.ofHours(2 + random.nextInt(car ? 400 : 200)));
            if (!end.isBefore(claimedAt)) {
                break;
            }
            repairs.add(new RepairVisit(Claim.WHOLE_UNIT, start, Optional.of(end), "F" + random.nextInt(3),
                    random.nextBoolean(), random.nextInt(4) == 0,
                    random.nextInt(8) == 0 ? random.nextInt(5) : 0, RepairVisit.Delay.values()[random.nextInt(3)],
                    Duration.ofHours(random.nextInt(3) == 0 ? random.nextInt(30) : 0)));
            start = end;
        }
        boolean contract = product.equals("ct-scanner") || random.nextInt(5) == 0;
        Purchase purchase = new Purchase(product.equals("ct-scanner") ? Purchase.Buyer.BUSINESS : Purchase.Buyer.CONSUMER,
                random.nextInt(4) == 0, Optional.empty(), true, contract ? Optional.of(CONTRACT) : Optional.empty());
        Set<Fault.Trait> traits = car && random.nextInt(3) == 0
                ? Set.of(Fault.Trait.values()[random.nextInt(Fault.Trait.values().length)]) : Set.of();
        Assessment assessment = random.nextInt(10) == 0
                ? Assessment.notQualityProblem(Assessment.Cause.MISUSE, "进水")
                : Assessment.notAssessed();
        List<Replacement> replacements = random.nextInt(10) == 0
                ? List.of(new Replacement(invoice.plusDays(day / 2), Claim.WHOLE_UNIT)) : List.of();
        String component = product.equals("mobile-phone") && random.nextBoolean() ? "battery"
                : product.equals("colour-tv") && random.nextBoolean() ? "picture-tube" : Claim.WHOLE_UNIT;
        return new Claim(product, component, BigDecimal.valueOf(car ? 150_000 + random.nextInt(150_000) : 500 + random.nextInt(9_000), 0),
                car ? Optional.of(new BigDecimal("0.004")) : Optional.empty(), purchase,
                new Claim.Dates(invoice, Optional.of(invoice.plusDays(random.nextInt(5))), Optional.empty()), claimedAt,
                car ? day * 40L : 0, new Fault("F" + random.nextInt(3), traits), repairs, replacements, assessment,
                Optional.empty(), Claim.Circumstances.NONE);
    }

    /** A seed-002 style contract: 1 year, 2 repairs in a row → new unit, loaner after 2 days, +60 days per outage. */
    static Policy contract() {
        Citation clause = new Citation("合同条款", "contract clause", Source.PRIMARY);
        return new Policy(CONTRACT, "基准合同", "benchmark contract", Applicability.contract(CONTRACT),
                new ClockTerms(false, 60, ClockTerms.Restart.REPLACED_PART, Source.PRIMARY, false),
                List.of(new ProductTerms(ProductTerms.ANY_PRODUCT, "合同设备", StartEvent.ACCEPTANCE,
                        List.of(Coverage.wholeUnit(Term.years(1, Source.PRIMARY))), Optional.empty(), Optional.empty())),
                List.of(
                        new Rule.RepeatedRepairs("C.REPEAT", clause, Threshold.atLeast(2), true, Set.of(), Set.of(Remedy.EXCHANGE),
                                Refund.Basis.FULL_PRICE),
                        new Rule.Loaner("C.LOANER", clause, Threshold.moreThan(2)),
                        new Rule.InPeriod("C.FREE", clause, Set.of(), Set.of(Remedy.FREE_REPAIR), Costs.FREE),
                        new Rule.OutOfPeriod("C.OOW", clause, new Costs(Payer.CUSTOMER_AT_COST, Payer.SELLER, Payer.CUSTOMER)),
                        new Rule.Excluded("C.EXCL", clause, Set.of(Assessment.Cause.MISUSE), Costs.CUSTOMER_PAYS)));
    }
}
