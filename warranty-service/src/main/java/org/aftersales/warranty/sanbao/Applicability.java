package org.aftersales.warranty.sanbao;

import java.util.Optional;

/**
 * When a policy applies to a claim.
 *
 * @param contractId    for {@link Layer#CONTRACT}: the contract the claim must name
 * @param consumersOnly statutory consumer rules: only purchases 为生活消费
 * @param fallbackOnly  消费者权益保护法 §24: only when no other statutory policy covers the product
 */
public record Applicability(Layer layer, Optional<String> contractId, boolean consumersOnly, boolean fallbackOnly) {

    /** Statutory layer (法定) or contract layer (合同/承诺) laid over it. */
    public enum Layer { STATUTE, CONTRACT }

    public static Applicability statute() {
        return new Applicability(Layer.STATUTE, Optional.empty(), true, false);
    }

    public static Applicability statutoryFallback() {
        return new Applicability(Layer.STATUTE, Optional.empty(), true, true);
    }

    public static Applicability contract(String contractId) {
        return new Applicability(Layer.CONTRACT, Optional.of(contractId), false, false);
    }
}
