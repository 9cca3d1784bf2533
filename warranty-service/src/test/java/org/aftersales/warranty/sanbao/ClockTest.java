package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.aftersales.warranty.sanbao.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period ends: repair and waiting time, outages, 一包 restarts, main parts and accessories, the working-day calendar. */
class ClockTest {

    private static final Purchase UNDER_CONTRACT =
            new Purchase(Purchase.Buyer.BUSINESS, false, Optional.empty(), true, Optional.of(Fixtures.CONTRACT));

    private final SanbaoEngine engine = Fixtures.engineWith(Fixtures.seed002(1));

    @ParameterizedTest(name = "{0} {1}, visits {2}, replaced {3} {4}, claim {5} -> {6}")
    @CsvSource({
            // colour TV, invoice 2024-03-01: whole unit 1 year, last day 2025-03-01
            "colour-tv,    whole-unit,   -,             ,           ,             2025-03-01, FREE_REPAIR",
            "colour-tv,    whole-unit,   -,             ,           ,             2025-03-02, PAID_REPAIR",
            // 5 repair days move the last day to 2025-03-06
            "colour-tv,    whole-unit,   F2/120,        ,           ,             2025-03-06, FREE_REPAIR",
            "colour-tv,    whole-unit,   F2/120,        ,           ,             2025-03-07, PAID_REPAIR",
            // 1 repair day and 3 days waiting for parts: 2025-03-05
            "colour-tv,    whole-unit,   F2/24/NONE/3,  ,           ,             2025-03-05, FREE_REPAIR",
            "colour-tv,    whole-unit,   F2/24/NONE/3,  ,           ,             2025-03-06, PAID_REPAIR",
            // 25 hours count as 2 days: 2025-03-03
            "colour-tv,    whole-unit,   F2/25,         ,           ,             2025-03-03, FREE_REPAIR",
            "colour-tv,    whole-unit,   F2/25,         ,           ,             2025-03-04, PAID_REPAIR",
            // main part: 3 years
            "colour-tv,    picture-tube, -,             ,           ,             2027-03-01, FREE_REPAIR",
            "colour-tv,    picture-tube, -,             ,           ,             2027-03-02, PAID_REPAIR",
            // an exchange restarts the period (1995 Art 14); repairs of the old unit no longer extend it
            "colour-tv,    whole-unit,   F2/120,        2024-09-01, whole-unit,   2025-09-01, FREE_REPAIR",
            "colour-tv,    whole-unit,   F2/120,        2024-09-01, whole-unit,   2025-09-02, PAID_REPAIR",
            // mobile phones: restart unverified, configured as none
            "mobile-phone, whole-unit,   -,             2024-09-01, whole-unit,   2025-06-01, PAID_REPAIR",
            // car: 2 years or 50,000 km 三包, 3 years or 60,000 km free repair; an exchange restarts both (Art 29)
            "household-car, whole-unit,  -,             ,           ,             2027-03-01, FREE_REPAIR",
            "household-car, whole-unit,  -,             ,           ,             2027-03-02, PAID_REPAIR",
            "household-car, whole-unit,  -,             2025-01-01, whole-unit,   2027-06-01, FREE_REPAIR",
    })
    void periodEnd(String product, String component, String visits, LocalDate replacedOn, String replacedPart, LocalDate claimDate,
                   Remedy remedy) {
        Fixtures.ClaimBuilder builder = claim(product).component(component).repairs(visits.equals("-") ? List.of() : visits(visits))
                .on(claimDate).km(1000);
        if (replacedOn != null) {
            builder.replaced(replacedOn, replacedPart);
        }

        assertThat(engine.decide(builder.build()).remedy()).isEqualTo(remedy);
    }

    @ParameterizedTest(name = "contract: {0} replaced 2024-12-01, claim on {1} on {2} -> {3}")
    @CsvSource({
            "compressor, compressor, 2025-12-01, FREE_REPAIR",
            "compressor, compressor, 2025-12-02, PAID_REPAIR",
            "compressor, fan,        2025-06-01, PAID_REPAIR",
            "whole-unit, fan,        2025-06-01, FREE_REPAIR",
    })
    void contractRestartsTheReplacedPart(String replaced, String component, LocalDate claimDate, Remedy remedy) {
        Decision decision = engine.decide(claim("ct-scanner").purchase(UNDER_CONTRACT).component(component)
                .replaced(LocalDate.of(2024, 12, 1), replaced).on(claimDate).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.policyId()).isEqualTo(Fixtures.CONTRACT);
    }

    @ParameterizedTest(name = "contract: outage stopped work {0}, resolved {1}, claim {2} -> {3}")
    @CsvSource({
            "true,  false, 2025-04-30, FREE_REPAIR",
            "true,  false, 2025-05-01, PAID_REPAIR",
            "true,  true,  2025-03-02, PAID_REPAIR",
            "false, false, 2025-03-02, PAID_REPAIR",
    })
    void eachUnresolvedOutageExtendsTheContractBy60Days(boolean stoppedWork, boolean resolved, LocalDate claimDate, Remedy remedy) {
        RepairVisit outage = new RepairVisit(Claim.WHOLE_UNIT, Fixtures.at(30), Optional.of(Fixtures.at(30).plus(Duration.ofHours(5))), "F9", resolved,
                stoppedWork, 0, RepairVisit.Delay.NONE, Duration.ZERO);

        Decision decision = engine.decide(claim("ct-scanner").purchase(UNDER_CONTRACT).repairs(List.of(outage)).on(claimDate).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
    }

    @ParameterizedTest(name = "{0}, weekends off {1}, claim {2} -> {3}")
    @CsvSource({
            // 2025-03-01 is a Saturday: with a working-day calendar the 1995 period rolls to Monday 2025-03-03
            "colour-tv,    false, 2025-03-03, PAID_REPAIR",
            "colour-tv,    true,  2025-03-03, FREE_REPAIR",
            "colour-tv,    true,  2025-03-04, PAID_REPAIR",
            // the mobile-phone rule has no holiday roll
            "mobile-phone, true,  2025-03-03, PAID_REPAIR",
    })
    void workingDayCalendarExtensionPoint(String product, boolean weekendsOff, LocalDate claimDate, Remedy remedy) {
        WorkingDayCalendar calendar = weekendsOff
                ? date -> !Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(date.getDayOfWeek())
                : WorkingDayCalendar.CALENDAR_DAYS_ONLY;
        SanbaoEngine withCalendar = new SanbaoEngine(StatutoryPolicies.all(), calendar);

        assertThat(withCalendar.decide(claim(product).on(claimDate).build()).remedy()).isEqualTo(remedy);
    }

    @ParameterizedTest(name = "desktop computer configured {0} -> {1}")
    @CsvSource({"false, NO_OBLIGATION", "true, FREE_REPAIR"})
    void unverifiedRowsAreConfigurable(boolean configured, Remedy remedy) {
        Policy micro = StatutoryPolicies.microcomputer2002();
        if (configured) {
            micro = micro.withProduct(new ProductTerms("desktop-computer", "台式微型计算机", StartEvent.INVOICE,
                    List.of(Coverage.wholeUnit(Term.years(1, Source.UNVERIFIED))), Optional.empty(), Optional.empty()));
        }
        SanbaoEngine configuredEngine = new SanbaoEngine(List.of(micro, StatutoryPolicies.consumerLaw24()),
                WorkingDayCalendar.CALENDAR_DAYS_ONLY);

        Decision decision = configuredEngine.decide(claim("desktop-computer").onDay(100).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.trace()).anySatisfy(e -> assertThat(e.en()).contains("[unverified]"));
    }

    @ParameterizedTest(name = "{0} {1}: {2} period ends {3}")
    @CsvSource({
            "colour-tv,     whole-unit,   SANBAO,      2025-03-01, " + Long.MAX_VALUE,
            "colour-tv,     picture-tube, SANBAO,      2027-03-01, " + Long.MAX_VALUE,
            "mobile-phone,  battery,      SANBAO,      2024-09-01, " + Long.MAX_VALUE,
            "household-car, whole-unit,   SANBAO,      2026-03-01, 50000",
            "household-car, whole-unit,   FREE_REPAIR, 2027-03-01, 60000",
    })
    void periodsAreReported(String product, String component, PeriodEnd.Kind kind, LocalDate lastDay, long kmLimit) {
        Decision decision = engine.decide(claim(product).component(component).onDay(100).build());

        assertThat(decision.periods()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.lastDay()).isEqualTo(lastDay);
            assertThat(p.kmLimit()).isEqualTo(kmLimit);
        });
    }
}
