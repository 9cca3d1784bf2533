package org.aftersales.warranty.sanbao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What one fired rule offers; the engine keeps the most favourable.
 *
 * @param unitPrice  what a new unit of the same model is worth to the customer: the invoice price
 * @param exchangeBy an exchange owed on an agreed date rather than now
 */
record Candidate(String policyId, String ruleId, Remedy remedy, Set<Remedy> options, Costs costs,
                 Optional<Refund> refund, BigDecimal unitPrice, Optional<LocalDate> exchangeBy) {

    static Candidate nothing(String policyId, String ruleId) {
        return new Candidate(policyId, ruleId, Remedy.NO_OBLIGATION, Set.of(Remedy.NO_OBLIGATION), Costs.CUSTOMER_PAYS,
                Optional.empty(), BigDecimal.ZERO, Optional.empty());
    }

    /** The same offer with {@code chosen} (one of the options) as its remedy. */
    Candidate choosing(Remedy chosen) {
        return new Candidate(policyId, ruleId, chosen, options, costs, refund, unitPrice, exchangeBy);
    }

    /**
     * The favourability order: what the customer gets is worth more (a refund is worth its amount, an exchange a new
     * unit at the invoice price), else the better remedy; for the same remedy the lower cost burden for the customer;
     * then the higher refund.
     */
    boolean betterThan(Candidate other) {
        Optional<BigDecimal> mine = worth();
        Optional<BigDecimal> theirs = other.worth();
        if (mine.isPresent() && theirs.isPresent() && mine.get().compareTo(theirs.get()) != 0) {
            return mine.get().compareTo(theirs.get()) > 0;
        }
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
        Optional<BigDecimal> mine = worth();
        Optional<BigDecimal> theirs = other.worth();
        if (mine.isPresent() && theirs.isPresent() && mine.get().compareTo(theirs.get()) != 0) {
            return new Text(remedy.zh() + "价值 " + mine.get() + " 元，高于" + other.remedy.zh() + "的 " + theirs.get() + " 元",
                    remedy.en() + " is worth " + mine.get() + " yuan, more than " + other.remedy.en() + " at "
                            + theirs.get() + " yuan");
        }
        if (remedy != other.remedy) {
            return new Text(remedy.zh() + "优于" + other.remedy.zh()
                    + (mine.isPresent() ? "（价值相同 " + mine.get() + " 元）" : ""),
                    remedy.en() + " ranks above " + other.remedy.en()
                            + (mine.isPresent() ? " (worth the same " + mine.get() + " yuan)" : ""));
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

    /** What the remedy is worth in money, where it has a price: a refund its amount, an exchange a new unit. */
    Optional<BigDecimal> worth() {
        return switch (remedy) {
            case REFUND -> refund.map(Refund::amount);
            case EXCHANGE -> Optional.of(unitPrice);
            default -> Optional.empty();
        };
    }

    private BigDecimal refundAmount() {
        return refund.map(Refund::amount).orElse(BigDecimal.ZERO);
    }
}
