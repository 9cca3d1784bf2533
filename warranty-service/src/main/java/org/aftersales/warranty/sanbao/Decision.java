package org.aftersales.warranty.sanbao;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's answer.
 *
 * @param remedy   the most favourable remedy the customer is entitled to
 * @param options  the remedies the customer may choose among under the winning rule (contains {@code remedy})
 * @param costs    who pays parts, labour and travel for {@code remedy}
 * @param refund   when {@code options} contains {@link Remedy#REFUND}: the amount and its deduction
 * @param loaner   a loaner or transport compensation owed alongside the repair, the best any policy gives
 * @param policyId the policy whose outcome won
 * @param ruleId   the rule of that policy that gave it
 * @param periods  the periods of the claimed component under every applicable policy
 * @param trace    every policy and rule considered, in order
 */
public record Decision(
        Remedy remedy,
        Set<Remedy> options,
        Costs costs,
        Optional<Refund> refund,
        Optional<Loaner> loaner,
        String policyId,
        String ruleId,
        List<PeriodEnd> periods,
        List<TraceEntry> trace) {
}
