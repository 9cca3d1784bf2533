package org.aftersales.warranty.sanbao;

import java.util.Optional;
import java.util.Set;

/**
 * The rule kinds the engine evaluates. Each is a record of data (days, counts, remedies, payers) and a
 * {@link Citation}; the evaluation of each kind is code in {@link SanbaoEngine}. Unless a kind says otherwise
 * it needs a quality problem (质量问题), i.e. an assessment that is not {@link Assessment.Verdict#NOT_QUALITY_PROBLEM}.
 */
public sealed interface Rule {

    String id();

    Citation cite();

    /**
     * A fault within {@code days} (and {@code kmLimit}, whichever first) of {@code from}: the customer chooses among
     * {@code choices}; a refund is the full price. Day n of a window is the n-th day after the start date.
     *
     * @param anyOf   the fault must carry one of these traits; empty: any fault
     * @param onlyFor the claim's component must be one of these; empty: any component
     */
    record EarlyFault(String id, Citation cite, StartEvent from, int days, long kmLimit,
                      Set<Fault.Trait> anyOf, Set<String> onlyFor, Set<Remedy> choices) implements Rule {
    }

    /**
     * Within the 三包 period, the claimed fault was already repaired {@code repairs} times and still fails.
     *
     * @param consecutive only the trailing run of visits for the same fault counts (contract "in a row")
     * @param anyOf       the fault must carry one of these traits; empty: any fault
     */
    record RepeatedRepairs(String id, Citation cite, Threshold repairs, boolean consecutive, Set<Fault.Trait> anyOf,
                           Set<Remedy> choices, Refund.Basis refund) implements Rule {
    }

    /**
     * Within the 三包 period, one repair (the longest) or all repairs together took {@code days}; a started
     * 24 hours counts as a day. Cumulative time leaves out each visit's {@link RepairVisit#nonCountingTime()}.
     *
     * @param causes the visit's delay cause must be one of these; empty: any
     */
    record LongRepair(String id, Citation cite, boolean cumulative, Threshold days, Set<RepairVisit.Delay> causes,
                      Set<Remedy> choices, Refund.Basis refund, Payer payer) implements Rule {
    }

    /** Within the free-repair period, the latest repair took {@code days}: a loaner or transport compensation from the next day. */
    record Loaner(String id, Citation cite, Threshold days) implements Rule {
    }

    /**
     * A fault within the free-repair period gets {@code remedy} at {@code costs}.
     *
     * @param onlyFor    the claim's component must be one of these; empty: any component
     */
    record InPeriod(String id, Citation cite, Set<String> onlyFor, Set<Remedy> choices, Costs costs)
            implements Rule {
    }

    /** After the free-repair period: paid repair at {@code costs}, whatever the cause. */
    record OutOfPeriod(String id, Citation cite, Costs costs) implements Rule {
    }

    /**
     * 不实行三包: the old-part assessment (旧件鉴定) found no quality problem and a listed cause: paid repair at
     * {@code costs}. A non-quality cause not listed leaves the policy with no obligation.
     */
    record Excluded(String id, Citation cite, Set<Assessment.Cause> causes, Costs costs) implements Rule {
    }

    /**
     * 无同型号同规格: another rule of the policy offers an exchange, but the seller has no product of the same model and
     * specification and the consumer declines another model: a refund of the invoice price in one payment, no
     * depreciation (1995 Art 13, R6; mobile Art 18, M6).
     */
    record NoSameModel(String id, Citation cite) implements Rule {
    }

    /** 七日无理由退货 (distance selling): intact goods within {@code days} of receipt, no fault needed; the customer pays return shipping. */
    record NoReasonReturn(String id, Citation cite, int days) implements Rule {
    }

    /**
     * Within the 三包 period, the claimed component was already replaced {@code times} for quality problems (累计更换)
     * and still fails: car assemblies (V9), the same main part of a listed system (V10), a phone accessory (M9).
     * Replacements of an assembly and of its main parts are not counted twice (car rule Art 24 ¶2): with
     * {@code ofSystems} empty only replacements of the component itself count; otherwise only replacements of it as a
     * main part of one of those systems.
     *
     * @param onlyFor the claim's component must be one of these; empty: any component
     */
    record RepeatedReplacements(String id, Citation cite, Threshold times, Set<String> onlyFor, Set<String> ofSystems,
                                Set<Remedy> choices, Refund.Basis refund) implements Rule {
    }

    /** 大件产品: within the free-repair period the repairer also bears the reasonable transport cost (1995 Art 15, R10). */
    record LargeItem(String id, Citation cite, Costs costs) implements Rule {
    }

    /**
     * Within the free-repair period the car cannot be driven safely because of a quality problem
     * ({@link Fault.Trait#CANNOT_DRIVE_SAFELY}): a free remote consultation, and if that failed on-site service and the
     * necessary towing at {@code payer}'s cost (car rule Art 15, V3). Accompanies the repair, like a loaner.
     */
    record Breakdown(String id, Citation cite, Payer payer) implements Rule {
    }

    /**
     * The seller has not the same model for a due exchange right now and the parties agreed a date for it (约定换货日期):
     * the exchange is owed on that date; without an agreement, or once the date has passed, the seller must take the
     * return ({@link NoSameModel}) (mobile, SAIC reply on Art 18, M10).
     */
    record AgreedExchangeDate(String id, Citation cite) implements Rule {
    }

    /**
     * Cars: a due replacement, but the seller has no car of the same brand and model: a car of a configuration not lower
     * than the original (不低于原车配置); if there is none, the consumer may choose a refund and the seller must refund,
     * with the refund of the rule that made the replacement due (car rule Art 25, V12).
     */
    record NoSameBrandModel(String id, Citation cite) implements Rule {
    }

    /**
     * The documents the customer can show ({@link Claim.Evidence}): with invoice and 三包凭证 every remedy; with other
     * proof that the product is in its period (an invoice stub or copy) only {@code withOtherProof}; with only a
     * manufacture date, where {@code manufactureStartDays} is set, the period starts that many days after the
     * manufacture date and only {@code withManufactureDate} is owed; with nothing, no 三包 but paid repair at
     * {@code paidCosts} (mobile lost-invoice tiers; 1995 Art 8 释义 and exclusion 3; microcomputer Art 9 and exclusion 4).
     */
    record ProofTiers(String id, Citation cite, Set<Remedy> withOtherProof, Optional<Integer> manufactureStartDays,
                      Set<Remedy> withManufactureDate, Costs paidCosts) implements Rule {
    }

    /**
     * With a replacement or refund the seller also compensates the vehicle registration fees, the add-on and decoration
     * fees it charged less depreciation, and the service fees it charged (car rule Art 26, V13). The add-ons'
     * depreciation follows the refund's usage fee (the same km / 1000 × n), none where the refund has no deduction
     * — [inference]; taxes and insurance follow state rules and are not computed.
     */
    record AccompanyingFees(String id, Citation cite) implements Rule {
    }

    /**
     * A request for replacement or refund within the 三包 period: answered within {@code answerWorkingDays} working days
     * of its receipt, completed within {@code completeWorkingDays} working days of the request; the start day does not
     * count (car rule Art 28).
     */
    record AnswerDeadlines(String id, Citation cite, int answerWorkingDays, int completeWorkingDays) implements Rule {
    }
}
