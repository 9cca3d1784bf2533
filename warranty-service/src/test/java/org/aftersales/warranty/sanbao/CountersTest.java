package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.aftersales.warranty.sanbao.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Repair counters and durations at their boundaries. Visits are {@code code/hours[/delay[/waitingDays[/nonCountingHours]]]},
 * laid end to end from day 20; the claim is on day 200 at 10,000 km.
 */
class CountersTest {

    private final SanbaoEngine engine = Fixtures.statutoryEngine();

    /** Refunds here are reduced by depreciation or a usage fee, so the new unit is worth more (item 6). */
    @ParameterizedTest(name = "{0}: {1} -> {2} by {3}")
    @CsvSource({
            // same problem repaired more than 4 times (car)
            "household-car,     F1/24;F1/24;F1/24;F1/24,                   FREE_REPAIR, CAR.V1",
            "household-car,     F1/24;F1/24;F1/24;F1/24;F1/24,             EXCHANGE,    CAR.V11-TIMES",
            "household-car,     F1/24;F1/24;F1/24;F1/24;F2/24,             FREE_REPAIR, CAR.V1",
            // cumulative repair time more than 30 days (car); a started 24 hours counts as a day
            "household-car,     F2/240;F3/240;F4/240,                      FREE_REPAIR, CAR.V1",
            "household-car,     F2/240;F3/240;F4/241,                      EXCHANGE,    CAR.V11-DAYS",
            "household-car,     F2/240;F3/240;F4/240/NONE/1,               EXCHANGE,    CAR.V11-DAYS",
            "household-car,     F2/240;F3/240;F4/264/NONE/0/24,            FREE_REPAIR, CAR.V1",
            "household-car,     F2/240;F3/240;F4/265/NONE/0/24,            EXCHANGE,    CAR.V11-DAYS",
            // two repairs and still failing (1995, mobile phone, microcomputer)
            "colour-tv,         F1/24,                                     FREE_REPAIR, 1995.R9",
            "colour-tv,         F1/24;F1/24,                               EXCHANGE,    1995.R3",
            "colour-tv,         F1/24;F2/24,                               FREE_REPAIR, 1995.R9",
            "mobile-phone,      F1/24,                                     FREE_REPAIR, MOBILE.FREE",
            "mobile-phone,      F1/24;F1/24,                               EXCHANGE,    MOBILE.M3",
            "notebook-computer, F1/24,                                     FREE_REPAIR, MICRO.C1",
            "notebook-computer, F1/24;F1/24,                               EXCHANGE,    MICRO.C5",
            // one repair over 30 days by the repairer's fault, over 90 days for want of parts (1995)
            "colour-tv,         F2/720/REPAIRER,                           FREE_REPAIR, 1995.R9",
            "colour-tv,         F2/721/REPAIRER,                           EXCHANGE,    1995.R5",
            "colour-tv,         F2/721,                                    FREE_REPAIR, 1995.R9",
            "colour-tv,         F2/2160/PARTS_NOT_SUPPLIED,                FREE_REPAIR, 1995.R9",
            "colour-tv,         F2/2161/PARTS_NOT_SUPPLIED,                EXCHANGE,    1995.R4",
            // mobile: over 60 days for want of parts, over 30 days by the repairer
            "mobile-phone,      F2/1440/PARTS_NOT_SUPPLIED,                FREE_REPAIR, MOBILE.FREE",
            "mobile-phone,      F2/1441/PARTS_NOT_SUPPLIED,                EXCHANGE,    MOBILE.M4",
            "mobile-phone,      F2/721/REPAIRER,                           EXCHANGE,    MOBILE.M5",
    })
    void countersAtTheirBoundaries(String product, String visits, Remedy remedy, String rule) {
        Decision decision = engine.decide(claim(product).repairs(visits(visits)).onDay(200).km(10_000).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.ruleId()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0} {1} on day {2}: parts {3}, labour {4}, travel {5}")
    @CsvSource({
            "colour-tv,     F2/721/REPAIRER,           200, REPAIRER, REPAIRER, REPAIRER",
            "colour-tv,     F2/2161/PARTS_NOT_SUPPLIED, 200, SELLER,   SELLER,   SELLER",
            "colour-tv,     F2/24,                     200, REPAIRER, REPAIRER, CUSTOMER",
            "colour-tv,     F2/24,                     800, CUSTOMER, CUSTOMER, CUSTOMER",
            "household-car, F2/24,                     200, SELLER,   SELLER,   SELLER",
    })
    void whoPays(String product, String visits, int day, Payer parts, Payer labour, Payer travel) {
        Decision decision = engine.decide(claim(product).repairs(visits(visits)).onDay(day).km(10_000).build());

        assertThat(decision.costs()).isEqualTo(new Costs(parts, labour, travel));
    }

    @ParameterizedTest(name = "car repair of {0} h -> loaner from {1} for {2} days")
    @CsvSource({
            "120, ,           0",
            "121, 2024-03-26, 1",
            "144, 2024-03-26, 1",
            "145, 2024-03-26, 2",
    })
    void carLoanerFromDaySix(long hours, LocalDate from, long days) {
        Decision decision = engine.decide(claim("household-car").repairs(visits("F1/" + hours)).onDay(200).km(10_000).build());

        assertThat(decision.loaner()).isEqualTo(days == 0 ? Optional.empty() : Optional.of(new Loaner(from, days)));
    }

    @ParameterizedTest(name = "open car repair started day 20, claim {0} h later -> {1} loaner days")
    @CsvSource({"120, 0", "121, 1"})
    void anOpenRepairCountsUpToTheClaim(long hours, long days) {
        RepairVisit open = new RepairVisit(Claim.WHOLE_UNIT, Fixtures.at(20), Optional.empty(), "F1", false, false, 0, RepairVisit.Delay.NONE,
                Duration.ZERO);
        Claim claim = claim("household-car").repairs(List.of(open)).claimedAt(Fixtures.at(20).plus(Duration.ofHours(hours)))
                .km(1000).build();

        assertThat(engine.decide(claim).loaner().map(Loaner::days).orElse(0L)).isEqualTo(days);
    }
}
