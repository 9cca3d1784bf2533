package org.aftersales.warranty.sanbao;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** What one fired rule offers; the engine keeps the most favourable. */
record Candidate(String policyId, String ruleId, Remedy remedy, Set<Remedy> options, Costs costs, Optional<Refund> refund) {

    static Candidate nothing(String policyId, String ruleId) {
        return new Candidate(policyId, ruleId, Remedy.NO_OBLIGATION, Set.of(Remedy.NO_OBLIGATION), Costs.CUSTOMER_PAYS,
                Optional.empty());
    }

    /**
     * The favourability order: the better remedy; for the same remedy the lower cost burden for the customer;
     * then the higher refund.
     */
    boolean betterThan(Candidate other) {
        if (remedy != other.remedy) {
            return remedy.betterThan(other.remedy);
        }
        if (costs.burden() != other.costs.burden()) {
            return costs.burden() < other.costs.burden();
        }
        return refundAmount().compareTo(other.refundAmount()) > 0;
    }

    /** Why this candidate is better than {@code other}, or that they are equal. */
    Text whyBetterThan(Candidate other) {
        if (remedy != other.remedy) {
            return new Text(remedy.zh() + "优于" + other.remedy.zh(), remedy.en() + " ranks above " + other.remedy.en());
        }
        if (costs.burden() != other.costs.burden()) {
            return new Text("同为" + remedy.zh() + "，客户费用负担更低（" + costs.zh() + "）",
                    "both " + remedy.en() + ", lower cost to the customer (" + costs.en() + ")");
        }
        if (refundAmount().compareTo(other.refundAmount()) != 0) {
            return new Text("同为" + remedy.zh() + "，退款更多（" + refundAmount() + " 元对 " + other.refundAmount() + " 元）",
                    "both " + remedy.en() + ", larger refund (" + refundAmount() + " vs " + other.refundAmount() + " yuan)");
        }
        return new Text("结果相同（" + remedy.zh() + "）", "the same outcome (" + remedy.en() + ")");
    }

    private BigDecimal refundAmount() {
        return refund.map(Refund::amount).orElse(BigDecimal.ZERO);
    }
}
