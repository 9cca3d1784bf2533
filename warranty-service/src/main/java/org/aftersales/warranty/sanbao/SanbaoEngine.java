package org.aftersales.warranty.sanbao;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The 三包 decision engine: policies configured once, {@link #decide(Claim)} per claim. Pure and thread-safe;
 * no framework.
 *
 * <p>Each applicable policy is evaluated on its own (clock, then every rule); the policies' outcomes are then
 * layered: statutory policies first, contract policies over them, and an outcome replaces the one kept so far
 * only if it is strictly more favourable to the customer ({@link Candidate#betterThan}). A loaner is taken from
 * whichever policy owes the most days.
 */
public final class SanbaoEngine {

    private final List<Policy> policies;
    private final WorkingDayCalendar calendar;

    public SanbaoEngine(List<Policy> policies, WorkingDayCalendar calendar) {
        this.policies = policies.stream().sorted(Comparator.comparing(p -> p.applicability().layer())).toList();
        this.calendar = calendar;
    }

    public Decision decide(Claim claim) {
        List<TraceEntry> trace = new ArrayList<>(32);
        List<PeriodEnd> periods = new ArrayList<>(4);
        boolean specialStatute = policies.stream().anyMatch(p -> p.applicability().layer() == Applicability.Layer.STATUTE
                && !p.applicability().fallbackOnly() && p.namesProduct(claim.product()));
        Candidate best = null;
        PolicyEvaluation.Result winner = null;
        Optional<Loaner> loaner = Optional.empty();
        Optional<Decision.Assistance> assistance = Optional.empty();
        for (Policy policy : policies) {
            Optional<ProductTerms> row = applicableRow(policy, claim, specialStatute, trace);
            if (row.isEmpty()) {
                continue;
            }
            PolicyEvaluation.Result result = new PolicyEvaluation(policy, row.get(), claim, calendar, trace, periods).result();
            Candidate kept = best;
            best = best == null ? result.candidate() : layer(best, result.candidate(), trace);
            if (best != kept) {
                winner = result;
            }
            if (assistance.isEmpty()) {
                assistance = result.assistance();
            }
            if (result.loaner().isPresent() && (loaner.isEmpty() || result.loaner().get().days() > loaner.get().days())) {
                loaner = result.loaner();
            }
        }
        if (best == null) {
            trace.add(new TraceEntry("NO-POLICY", "", false, "没有适用的政策，无三包义务", "no policy applies, so there is no obligation"));
            best = Candidate.nothing("", "NO-POLICY");
        }
        return new Decision(best.remedy(), best.options(), best.costs(), best.refund(), loaner, best.policyId(), best.ruleId(),
                List.copyOf(periods), List.copyOf(trace), best.exchangeBy(), assistance,
                winner == null ? Optional.empty() : winner.fees(), winner == null ? Optional.empty() : winner.deadlines());
    }

    /** The policy's product row if the policy applies to the claim; traced either way. */
    private static Optional<ProductTerms> applicableRow(Policy policy, Claim claim, boolean specialStatute, List<TraceEntry> trace) {
        Applicability a = policy.applicability();
        Optional<ProductTerms> row = policy.product(claim.product());
        Text why;
        if (a.contractId().isPresent() && !a.contractId().equals(claim.purchase().contractId())) {
            why = new Text("申请未列明合同 " + a.contractId().get(), "the claim names no contract " + a.contractId().get());
        } else if (a.consumersOnly() && claim.purchase().buyer() == Purchase.Buyer.BUSINESS) {
            why = new Text("买方为经营者，消费者三包规定不适用，以合同为准（产品质量法第40条第4款）",
                    "the buyer is a business: consumer rules do not apply, the contract governs (Product Quality Law §40 ¶4)");
        } else if (a.fallbackOnly() && specialStatute) {
            why = new Text("该商品有专门的三包规定，本政策仅作兜底", "a specific 三包 regulation covers the product; this policy is only the fallback");
        } else if (row.isEmpty()) {
            why = new Text("本政策的商品目录不含 " + claim.product(), "the policy's product table does not list " + claim.product());
        } else {
            trace.add(new TraceEntry("APPLIES", policy.id(), true,
                    "适用：" + policy.nameZh() + "（商品目录行 " + row.get().nameZh() + " " + row.get().key() + "）",
                    "applies: " + policy.nameEn() + " (product row " + row.get().key() + ")"));
            return row;
        }
        trace.add(new TraceEntry("APPLIES", policy.id(), false, "不适用：" + why.zh(), "does not apply: " + why.en()));
        return Optional.empty();
    }

    /** Keeps {@code kept} unless {@code challenger} is strictly more favourable; the trace says which and why. */
    private static Candidate layer(Candidate kept, Candidate challenger, List<TraceEntry> trace) {
        boolean wins = challenger.betterThan(kept);
        Candidate winner = wins ? challenger : kept;
        Candidate loser = wins ? kept : challenger;
        Text why = winner.whyBetterThan(loser);
        trace.add(new TraceEntry("LAYERING", challenger.policyId(), wins,
                "取对客户更有利者：采用政策 " + winner.policyId() + " 的" + winner.remedy().zh() + "（规则 " + winner.ruleId()
                        + "），不采用政策 " + loser.policyId() + " 的" + loser.remedy().zh() + "：" + why.zh() + (wins ? "" : "；相同时保留先评估的政策"),
                "the more favourable for the customer wins: policy " + winner.policyId() + " gives " + winner.remedy().en()
                        + " (rule " + winner.ruleId() + ") over policy " + loser.policyId() + "'s " + loser.remedy().en() + ": "
                        + why.en() + (wins ? "" : "; on a tie the policy evaluated first is kept")));
        return winner;
    }
}
