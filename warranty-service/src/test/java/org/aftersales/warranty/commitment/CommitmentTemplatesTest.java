package org.aftersales.warranty.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.aftersales.commitment.LoanerTerm;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.warranty.sanbao.StartEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommitmentTemplatesTest {

    static final CommitmentTemplates TEMPLATES = CommitmentTemplates.load();

    @Test
    void every_template_is_a_valid_commitment_under_its_own_id() {
        assertThat(TEMPLATES.all()).extracting(Commitment::id).containsExactlyElementsOf(CommitmentTemplates.IDS);
        assertThat(CommitmentTemplates.IDS).hasSizeGreaterThanOrEqualTo(3);
    }

    static Stream<Arguments> numbers_from_the_seeds() {
        return Stream.of(
                // seed 002: 7×24, response 30 min, on site 2 h, software fixed in 48 h, 1 year from acceptance,
                // +60 days per unresolved outage, same fault repaired twice → new unit, loaner after 2 days, stock ≥ 3 %
                number("seed-002-hospital-it", "7×24", c -> c.serviceHours().coverage(), ServiceHours.Coverage.ALWAYS),
                number("seed-002-hospital-it", "response", c -> c.targetsFor(FaultLevel.CRITICAL).response(), elapsed("PT30M")),
                number("seed-002-hospital-it", "on site", c -> c.targetsFor(FaultLevel.MINOR).onSite(), Optional.of(elapsed("PT2H"))),
                number("seed-002-hospital-it", "software fixed",
                        c -> c.targetsFor(FaultLevel.MAJOR, FaultType.SOFTWARE).resolution(), Optional.of(elapsed("PT48H"))),
                number("seed-002-hospital-it", "warranty", c -> c.warranty().period(), Period.ofYears(1)),
                number("seed-002-hospital-it", "warranty start", c -> c.warranty().startsAt(), StartEvent.ACCEPTANCE),
                number("seed-002-hospital-it", "software upgrades", c -> c.warranty().softwareUpgrades(), true),
                number("seed-002-hospital-it", "extension", c -> c.extensions(),
                        java.util.List.of(new ExtensionRule(ExtensionRule.Trigger.UNRESOLVED_OUTAGE, Period.ofDays(60)))),
                number("seed-002-hospital-it", "repeated failure", c -> c.repeatedFailure(), Optional.of(new RepeatedFailureRule(2))),
                number("seed-002-hospital-it", "loaner", c -> c.loaner(), Optional.of(new LoanerTerm(Duration.ofDays(2), false))),
                number("seed-002-hospital-it", "local stock",
                        c -> c.spares().orElseThrow().minimumLocalStockPercent(), Optional.of(BigDecimal.valueOf(3))),
                // seed 001: 3-minute answer, 30-minute arrival, 3-year unit, 5-year key components, 一包, 1 % penalty
                number("seed-001-plant-equipment", "answer", c -> c.targetsFor(FaultLevel.CRITICAL).response(), elapsed("PT3M")),
                number("seed-001-plant-equipment", "arrival", c -> c.targetsFor(FaultLevel.MINOR).onSite(), Optional.of(elapsed("PT30M"))),
                number("seed-001-plant-equipment", "major fixed after arrival",
                        c -> c.targetsFor(FaultLevel.CRITICAL).resolution(), Optional.of(elapsed("PT1H"))),
                number("seed-001-plant-equipment", "general fixed after arrival",
                        c -> c.targetsFor(FaultLevel.MAJOR).resolution(), Optional.of(elapsed("PT30M"))),
                number("seed-001-plant-equipment", "fix counted from",
                        c -> c.targetsFor(FaultLevel.MAJOR).resolutionFrom(), ServiceLevel.ClockStart.ARRIVAL),
                number("seed-001-plant-equipment", "unit", c -> c.warranty().periodOf("whole unit"), Period.ofYears(3)),
                number("seed-001-plant-equipment", "key components", c -> c.warranty().periodOf("key components"), Period.ofYears(5)),
                number("seed-001-plant-equipment", "replaced part re-warranted", c -> c.warranty().replacedPartsRewarranted(), true),
                number("seed-001-plant-equipment", "repair report",
                        c -> c.reports().getFirst().within(), Optional.of(elapsed("PT3H"))),
                number("seed-001-plant-equipment", "penalty",
                        c -> c.penalties().getLast().percent(), Optional.of(BigDecimal.ONE)),
                number("seed-001-plant-equipment", "failed end-of-warranty check",
                        c -> c.extensions().getFirst().extendBy(), Period.ofYears(1)),
                // seed 003: 1 h / 4 h / 24 h, backup unit when it must go back to the factory
                number("seed-003-field-equipment", "response", c -> c.targetsFor(FaultLevel.MAJOR).response(), elapsed("PT1H")),
                number("seed-003-field-equipment", "on site", c -> c.targetsFor(FaultLevel.MAJOR).onSite(), Optional.of(elapsed("PT4H"))),
                number("seed-003-field-equipment", "fixed", c -> c.targetsFor(FaultLevel.MAJOR).resolution(), Optional.of(elapsed("PT24H"))),
                number("seed-003-field-equipment", "backup unit", c -> c.loaner(), Optional.of(new LoanerTerm(Duration.ofHours(24), true))),
                number("seed-003-field-equipment", "before major events", c -> c.inspection().orElseThrow().beforeMajorEvents(), true),
                // seed 000: A/B callback ≤ 10 min, C ≤ 30 min, spares or backup within 4 h, 3 repairs, report in 3 working days
                number("seed-000-network-systems", "A callback", c -> c.targetsFor(FaultLevel.CRITICAL).response(), elapsed("PT10M")),
                number("seed-000-network-systems", "B callback", c -> c.targetsFor(FaultLevel.MAJOR).response(), elapsed("PT10M")),
                number("seed-000-network-systems", "C callback", c -> c.targetsFor(FaultLevel.MINOR).response(), elapsed("PT30M")),
                number("seed-000-network-systems", "C level", c -> c.targetsFor(FaultLevel.MINOR).serviceLevel(), "C"),
                number("seed-000-network-systems", "spares", c -> c.spares().orElseThrow().delivery(), Optional.of(elapsed("PT4H"))),
                number("seed-000-network-systems", "backup units", c -> c.spares().orElseThrow().backupUnits(), true),
                number("seed-000-network-systems", "repeated failure", c -> c.repeatedFailure(), Optional.of(new RepeatedFailureRule(3))),
                number("seed-000-network-systems", "inspection report",
                        c -> c.inspection().orElseThrow().report(), Optional.of(new TimeLimit.WorkingDays(3))),
                number("seed-000-network-systems", "hotline change notice",
                        c -> c.serviceHours().hotlineChangeNotice(), Optional.of(Period.ofDays(3))),
                number("seed-000-network-systems", "out of warranty",
                        c -> c.outOfWarranty(), Optional.of(new OutOfWarrantyCharges(OutOfWarrantyCharges.PartsPricing.AT_COST, false))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void numbers_from_the_seeds(String id, String what, Function<Commitment, Object> read, Object expected) {
        assertThat(read.apply(TEMPLATES.byId(id).orElseThrow())).isEqualTo(expected);
    }

    @Test
    void an_unknown_template_is_absent() {
        assertThat(TEMPLATES.byId("seed-999")).isEmpty();
    }

    private static Arguments number(String id, String what, Function<Commitment, Object> read, Object expected) {
        return Arguments.of(id, what, read, expected);
    }

    private static TimeLimit elapsed(String iso) {
        return new TimeLimit.Elapsed(Duration.parse(iso));
    }
}
