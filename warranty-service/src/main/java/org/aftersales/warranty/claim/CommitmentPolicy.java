package org.aftersales.warranty.claim;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftersales.warranty.commitment.Commitment;
import org.aftersales.warranty.commitment.ExtensionRule;
import org.aftersales.warranty.commitment.OutOfWarrantyCharges;
import org.aftersales.warranty.commitment.WarrantyTerms;
import org.aftersales.warranty.sanbao.Applicability;
import org.aftersales.warranty.sanbao.Assessment;
import org.aftersales.warranty.sanbao.Citation;
import org.aftersales.warranty.sanbao.ClockTerms;
import org.aftersales.warranty.sanbao.Costs;
import org.aftersales.warranty.sanbao.Coverage;
import org.aftersales.warranty.sanbao.Payer;
import org.aftersales.warranty.sanbao.Policy;
import org.aftersales.warranty.sanbao.ProductTerms;
import org.aftersales.warranty.sanbao.Refund;
import org.aftersales.warranty.sanbao.Remedy;
import org.aftersales.warranty.sanbao.Rule;
import org.aftersales.warranty.sanbao.Source;
import org.aftersales.warranty.sanbao.StartEvent;
import org.aftersales.warranty.sanbao.Term;
import org.aftersales.warranty.sanbao.Threshold;

/**
 * A contract's service commitment as a 三包 engine policy, which the engine layers over the statutory
 * ones (the remedy more favourable to the customer wins): the warranty periods of the whole unit and of
 * each component from the commitment's start event; free repair within them as far as the commitment
 * covers parts, labour and travel; the repeated-failure rule (a new unit after N repairs of the same
 * fault in a row); the loaner rule; days added per unresolved outage; 一包; out-of-warranty charges;
 * and the exclusions.
 */
public final class CommitmentPolicy {

    private static final long DAY_HOURS = 24;

    private CommitmentPolicy() {
    }

    /**
     * The policy of a contract's commitment for one device.
     *
     * @param ownPeriods the device's components with a period of their own (三包凭证): a component takes the longest of
     *                   the whole unit's, the commitment's and its own period, as the entitlement shows
     */
    public static Policy of(String contractId, String contractNumber, Commitment commitment,
            List<WarrantyTerms.ComponentPeriod> ownPeriods) {
        String id = "CONTRACT." + contractNumber;
        WarrantyTerms warranty = commitment.warranty();
        return new Policy(id, "合同 " + contractNumber + " 服务承诺（" + commitment.id() + "）",
                "contract " + contractNumber + " service commitment (" + commitment.id() + ")",
                Applicability.contract(contractId),
                new ClockTerms(false, ExtensionRule.daysPerUnresolvedOutage(commitment.extensions()),
                        warranty.replacedPartsRewarranted() ? ClockTerms.Restart.REPLACED_PART : ClockTerms.Restart.NONE,
                        Source.PRIMARY, false),
                List.of(new ProductTerms(ProductTerms.ANY_PRODUCT, "合同设备", warranty.startsAt(),
                        coverages(warranty, ownPeriods), Optional.empty(), Optional.empty())),
                rules(id, commitment));
    }

    private static List<Rule> rules(String id, Commitment commitment) {
        WarrantyTerms warranty = commitment.warranty();
        List<Rule> rules = new ArrayList<>();
        commitment.repeatedFailure().ifPresent(rule -> rules.add(new Rule.RepeatedRepairs(id + ".REPEAT",
                cite("同一设备同一故障连续修理" + rule.repairs() + "次仍未修好，更换同品牌同型号新设备",
                        "the same fault repaired " + rule.repairs() + " times in a row and still failing: a new unit"),
                Threshold.atLeast(rule.repairs()), true, Set.of(), Set.of(Remedy.EXCHANGE), Refund.Basis.FULL_PRICE)));
        // A loaner owed only when the unit goes back to the factory (seed 003) is the ticket process's to decide.
        commitment.loaner().filter(loaner -> !loaner.onlyWhenReturnedToFactory())
                .ifPresent(loaner -> rules.add(new Rule.Loaner(id + ".LOANER",
                        cite("维修超过" + ceilDays(loaner.repairLongerThan()) + "天提供备用机",
                                "a loaner when a repair takes over " + ceilDays(loaner.repairLongerThan()) + " days"),
                        Threshold.moreThan((int) ceilDays(loaner.repairLongerThan())))));
        rules.add(new Rule.InPeriod(id + ".FREE", cite("保修期内免费维修", "free repair within the warranty"),
                Set.of(), Set.of(Remedy.FREE_REPAIR), new Costs(payer(warranty.covers().parts()),
                        payer(warranty.covers().labour()), payer(warranty.covers().travel()))));
        commitment.outOfWarranty().ifPresent(charges -> rules.add(new Rule.OutOfPeriod(id + ".OOW",
                cite("保修期外收费维修", "paid repair after the warranty"), costs(charges))));
        if (!warranty.exclusions().isEmpty()) {
            rules.add(new Rule.Excluded(id + ".EXCL", cite("保修除外条款", "the warranty's exclusions"),
                    warranty.exclusions().stream().map(CommitmentPolicy::cause).collect(Collectors.toSet()),
                    Costs.CUSTOMER_PAYS));
        }
        return rules;
    }

    private static List<Coverage> coverages(WarrantyTerms warranty, List<WarrantyTerms.ComponentPeriod> ownPeriods) {
        return Stream.concat(
                        Stream.of(Coverage.wholeUnit(term(warranty.period()))),
                        Stream.concat(warranty.components().stream(), ownPeriods.stream())
                                .map(c -> Coverage.mainParts(Set.of(c.id()), term(c.period()))))
                .toList();
    }

    private static Term term(Period period) {
        return new Term(period, Term.NO_KM_LIMIT, Source.PRIMARY);
    }

    private static Costs costs(OutOfWarrantyCharges charges) {
        Payer parts = charges.parts() == OutOfWarrantyCharges.PartsPricing.AT_COST ? Payer.CUSTOMER_AT_COST : Payer.CUSTOMER;
        return new Costs(parts, charges.labourCharged() ? Payer.CUSTOMER : Payer.SELLER, Payer.CUSTOMER);
    }

    private static Assessment.Cause cause(WarrantyTerms.Exclusion exclusion) {
        return switch (exclusion) {
            case MISUSE -> Assessment.Cause.MISUSE;
            case UNAUTHORISED_MODIFICATION -> Assessment.Cause.UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY;
            case ENVIRONMENT_OUT_OF_SPEC -> Assessment.Cause.ENVIRONMENT_OUT_OF_SPEC;
            case ACCIDENT -> Assessment.Cause.ACCIDENT;
            case FORCE_MAJEURE -> Assessment.Cause.FORCE_MAJEURE;
            case CONSUMABLES -> Assessment.Cause.CONSUMABLE;
        };
    }

    private static Payer payer(boolean covered) {
        return covered ? Payer.SELLER : Payer.CUSTOMER;
    }

    private static long ceilDays(Duration duration) {
        return (duration.toHours() + DAY_HOURS - 1) / DAY_HOURS;
    }

    private static Citation cite(String zh, String en) {
        return new Citation("合同条款：" + zh, "contract clause: " + en, Source.PRIMARY);
    }
}
