package org.aftersales.warranty.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.aftersales.warranty.commitment.Commitment;
import org.aftersales.warranty.commitment.CommitmentTemplates;
import org.aftersales.warranty.commitment.ExtensionRule;
import org.aftersales.warranty.commitment.WarrantyTerms;
import org.aftersales.warranty.entitlement.Entitlement;
import org.aftersales.warranty.entitlement.Entitlements;
import org.aftersales.warranty.sanbao.Assessment;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.Decision;
import org.aftersales.warranty.sanbao.Fault;
import org.aftersales.warranty.sanbao.PeriodEnd;
import org.aftersales.warranty.sanbao.Purchase;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.aftersales.warranty.sanbao.Replacement;
import org.aftersales.warranty.sanbao.SanbaoEngine;
import org.aftersales.warranty.sanbao.StartEvent;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * A property: for any device (dates, own component periods, repairs), commitment (start event, periods, outage
 * extension) and day, the entitlement's {@code covered} of each component equals "the day lies in the free-repair
 * period" of a claim on that component under the same contract. Each repetition draws 50 cases from its own seed.
 */
class EntitlementAgreesWithClaimsTest {

    static final List<Commitment> TEMPLATES = CommitmentTemplates.load().all();
    static final LocalDate EPOCH = LocalDate.of(2023, 1, 1);
    static final List<String> COMPONENTS = List.of("key-components", "compressor", "display");
    /** Commitments name components as people write them; claims reach them by id. */
    static final List<String> NAMES = List.of("key components", "compressor", "Display");

    @RepeatedTest(40)
    void entitlement_covered_is_the_claims_free_repair_period(RepetitionInfo repetition) {
        Random random = new Random(9_000L + repetition.getCurrentRepetition());
        for (int i = 0; i < 50; i++) {
            agreeOn(random);
        }
    }

    private static void agreeOn(Random random) {
        Commitment commitment = commitment(random);
        LocalDate invoice = EPOCH.plusDays(random.nextInt(1200));
        Optional<LocalDate> delivery = maybe(random, invoice.plusDays(random.nextInt(30)));
        Optional<LocalDate> acceptance = delivery.flatMap(d -> maybe(random, d.plusDays(random.nextInt(30))));
        Claim.Dates dates = new Claim.Dates(invoice, delivery, acceptance);
        List<WarrantyTerms.ComponentPeriod> own = random.nextBoolean() ? List.of()
                : List.of(new WarrantyTerms.ComponentPeriod(pick(random, COMPONENTS), period(random)));
        List<RepairVisit> repairs = repairs(random, invoice);
        List<Replacement> replacements = random.nextBoolean() ? List.of()
                : List.of(new Replacement(invoice.plusDays(random.nextInt(900)), pick(random, COMPONENTS)));
        LocalDate day = invoice.plusDays(random.nextInt(2400) - 60);
        Instant claimedAt = day.atTime(LocalTime.of(random.nextInt(24), 0)).toInstant(Claim.CHINA_TIME);

        Entitlement entitlement = Entitlements.of(null, "SN", day, null, dates, own, commitment.warranty(),
                commitment.extensions(), repairs, replacements);
        SanbaoEngine engine = new SanbaoEngine(List.of(CommitmentPolicy.of("C-1", "C-1", commitment, own)), d -> true);
        for (Entitlement.ComponentEntitlement component : entitlement.components()) {
            String name = component.componentId() == null ? Claim.WHOLE_UNIT : component.componentId();
            Decision decision = engine.decide(new Claim("any", name, BigDecimal.TEN, Optional.empty(),
                    new Purchase(Purchase.Buyer.BUSINESS, false, Optional.empty(), true, Optional.of("C-1")), dates, claimedAt, 0,
                    new Fault("F1", Set.of()), repairs, replacements, Assessment.notAssessed(), Optional.empty(),
                    Claim.Circumstances.NONE));
            PeriodEnd freeRepair = decision.periods().stream()
                    .filter(p -> p.kind() == PeriodEnd.Kind.FREE_REPAIR).findFirst().orElseThrow();
            boolean inClaimPeriod = !day.isBefore(freeRepair.start()) && !day.isAfter(freeRepair.lastDay());
            assertThat(component.covered())
                    .as("%s on %s: entitlement %s..%s, claim %s..%s (%s, %s, own %s, repairs %s)", name, day,
                            component.startsOn(), component.endsOn(), freeRepair.start(), freeRepair.lastDay(),
                            commitment.warranty(), commitment.extensions(), own, repairs, replacements)
                    .isEqualTo(inClaimPeriod);
            assertThat(component.endsOn()).isEqualTo(freeRepair.lastDay());
        }
    }

    private static Commitment commitment(Random random) {
        Commitment template = pick(random, TEMPLATES);
        WarrantyTerms w = template.warranty();
        List<WarrantyTerms.ComponentPeriod> components = random.nextBoolean() ? List.of()
                : List.of(new WarrantyTerms.ComponentPeriod(pick(random, NAMES), period(random)));
        WarrantyTerms warranty = new WarrantyTerms(pick(random, List.of(StartEvent.values())), period(random),
                components, w.covers(), w.softwareUpgrades(), random.nextBoolean(), w.unrepairableReplaced(), w.exclusions());
        List<ExtensionRule> extensions = random.nextBoolean() ? List.of()
                : List.of(new ExtensionRule(ExtensionRule.Trigger.UNRESOLVED_OUTAGE,
                        Period.ofDays(30 + random.nextInt(60))));
        return new Commitment(template.id(), template.title(), template.source(), template.notes(),
                template.serviceHours(), template.serviceLevels(), template.faultLevels(), template.slaPauses(), template.reports(),
                template.spares(), template.loaner(), template.inspection(), template.returnVisits(), warranty,
                template.repeatedFailure(), extensions, template.outOfWarranty(), template.penalties(),
                template.warningAtPercent(), template.escalatingClocks());
    }

    private static List<RepairVisit> repairs(Random random, LocalDate invoice) {
        List<RepairVisit> repairs = new ArrayList<>();
        Instant start = invoice.atStartOfDay(Claim.CHINA_TIME).toInstant().minus(Duration.ofDays(20));
        for (int i = random.nextInt(5); i > 0; i--) {
            start = start.plus(Duration.ofHours(1 + random.nextInt(24 * 200)));
            repairs.add(new RepairVisit(random.nextBoolean() ? Claim.WHOLE_UNIT : pick(random, COMPONENTS), start,
                    Optional.of(start.plus(Duration.ofHours(1 + random.nextInt(100)))), "F" + random.nextInt(2),
                    random.nextBoolean(), random.nextBoolean(), 0, RepairVisit.Delay.NONE, Duration.ZERO));
        }
        return repairs;
    }

    private static Period period(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Period.ofYears(1 + random.nextInt(5));
            case 1 -> Period.ofMonths(1 + random.nextInt(30));
            default -> Period.ofDays(30 + random.nextInt(700));
        };
    }

    private static <T> Optional<T> maybe(Random random, T value) {
        return random.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
