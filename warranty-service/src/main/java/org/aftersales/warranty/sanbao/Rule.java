package org.aftersales.warranty.sanbao;

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
}
