package org.aftersales.warranty.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.warranty.commitment.ExtensionRule;
import org.aftersales.warranty.commitment.WarrantyTerms;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.aftersales.warranty.sanbao.StartEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitlementsTest {

    /** Seed 001: unit 3 years, key components 5 years, from acceptance. */
    static final WarrantyTerms TERMS = new WarrantyTerms(StartEvent.ACCEPTANCE, Period.ofYears(3),
            List.of(new WarrantyTerms.ComponentPeriod("key components", Period.ofYears(5))),
            new WarrantyTerms.CoveredCosts(true, true, true), false, true, true, List.of(WarrantyTerms.Exclusion.MISUSE));
    static final List<ExtensionRule> SIXTY_DAYS_PER_OUTAGE =
            List.of(new ExtensionRule(ExtensionRule.Trigger.UNRESOLVED_OUTAGE, Period.ofDays(60)));
    static final Claim.Dates DATES = new Claim.Dates(LocalDate.parse("2024-06-28"),
            Optional.of(LocalDate.parse("2024-07-02")), Optional.of(LocalDate.parse("2024-07-10")));

    @ParameterizedTest(name = "on {0}: unit {1}, key components {2}")
    @CsvSource({
        "2024-07-09, false, false",
        "2024-07-10, true,  true",
        "2027-07-10, true,  true",
        "2027-07-11, false, true",
        "2029-07-10, false, true",
        "2029-07-11, false, false",
    })
    void each_component_runs_its_own_period_from_acceptance(LocalDate at, boolean unit, boolean keyComponents) {
        Entitlement entitlement = of(at, List.of(), List.of());

        assertThat(entitlement.startDate()).isEqualTo("2024-07-10");
        assertThat(entitlement.components()).extracting(Entitlement.ComponentEntitlement::covered)
                .containsExactly(unit, keyComponents);
        assertThat(entitlement.components()).extracting(Entitlement.ComponentEntitlement::baseEndsOn)
                .containsExactly(LocalDate.parse("2027-07-10"), LocalDate.parse("2029-07-10"));
    }

    @ParameterizedTest(name = "on {0}: {1} extension(s), unit ends {2}")
    @CsvSource({
        "2025-01-01, 0, 2027-07-10",
        "2025-03-01, 1, 2027-09-08",
        "2026-01-01, 2, 2027-11-07",
    })
    void each_unresolved_outage_before_the_day_extends_the_warranty_by_sixty_days(LocalDate at, int extensions,
            LocalDate unitEnds) {
        List<RepairVisit> repairs = List.of(
                outage("2025-02-01", false),
                outage("2025-05-01", true),
                outage("2025-09-01", false));

        Entitlement entitlement = of(at, SIXTY_DAYS_PER_OUTAGE, repairs);

        assertThat(entitlement.components().get(0).extensions()).hasSize(extensions)
                .allSatisfy(e -> assertThat(e.reason()).contains("unresolved outage"));
        assertThat(entitlement.components().get(0).endsOn()).isEqualTo(unitEnds);
    }

    @Test
    void without_the_start_date_nothing_is_covered_and_the_note_says_which_date_is_missing() {
        Entitlement entitlement = Entitlements.of(UUID.randomUUID(), "SN-1", LocalDate.parse("2025-01-01"), null,
                new Claim.Dates(null, Optional.empty(), Optional.empty()), List.of(), TERMS, List.of(),
                List.of(), List.of());

        assertThat(entitlement.components()).isEmpty();
        assertThat(entitlement.notes()).anySatisfy(note -> assertThat(note).contains("acceptance or invoice"));
        assertThat(entitlement.exclusions()).containsExactly(WarrantyTerms.Exclusion.MISUSE);
    }

    @ParameterizedTest(name = "{0} with its own {1}: {2} until {3}")
    @CsvSource({
        "compressor,     P6Y, COMPONENT, 2030-07-10",
        "compressor,     P1Y, CONTRACT,  2027-07-10",
        "key components, P7Y, COMPONENT, 2031-07-10",
        "key components, P2Y, CONTRACT,  2029-07-10",
    })
    void a_components_own_period_counts_where_it_is_longer_than_the_contracts(String component, Period own,
            String periodFrom, LocalDate endsOn) {
        Entitlement entitlement = Entitlements.of(UUID.randomUUID(), "SN-1", LocalDate.parse("2025-01-01"), null, DATES,
                List.of(new WarrantyTerms.ComponentPeriod(component, own)), TERMS, List.of(), List.of(),
                List.of());

        assertThat(entitlement.components()).filteredOn(c -> component.equals(c.component())).singleElement()
                .satisfies(c -> {
                    assertThat(c.periodFrom()).isEqualTo(periodFrom);
                    assertThat(c.endsOn()).isEqualTo(endsOn);
                });
    }

    static Entitlement of(LocalDate at, List<ExtensionRule> rules, List<RepairVisit> repairs) {
        return Entitlements.of(UUID.randomUUID(), "SN-1", at, null, DATES, List.of(), TERMS, rules, repairs, List.of());
    }

    static RepairVisit outage(String day, boolean faultGone) {
        Instant start = LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        return new RepairVisit(Claim.WHOLE_UNIT, start, Optional.of(start.plusSeconds(7_200)), "NO-POWER", faultGone, true,
                0, RepairVisit.Delay.NONE, Duration.ZERO);
    }
}
