package org.aftersales.warranty.commitment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 违约责任: what a breach costs the vendor.
 *
 * @param breach      which promise was broken
 * @param consequence what follows
 * @param percent     share of the contract price, present exactly for {@link Consequence#PERCENT_OF_CONTRACT_PRICE} (001: 1 %)
 */
public record Penalty(Breach breach, Consequence consequence, Optional<BigDecimal> percent) {

    /** A broken promise. */
    public enum Breach {
        /** No answer within the promised minutes (seed 001: 3 分钟后无答复). */
        LATE_RESPONSE,
        /** Not on site in time (seed 001: 30 分钟内不能到达现场). */
        LATE_ARRIVAL,
        /** Not resolved in time. */
        LATE_RESOLUTION,
        /** Not obeying the customer's site management (seed 001: 不服从招标人的现场管理). */
        SITE_RULES_BREACH
    }

    /** What a breach costs. */
    public enum Consequence {
        /** Counts as admitting the quality problem; the vendor bears all resulting costs (seed 001). */
        VENDOR_BEARS_ALL_COSTS,
        /** A fine of {@code percent} of the contract price (seed 001). */
        PERCENT_OF_CONTRACT_PRICE
    }
}
