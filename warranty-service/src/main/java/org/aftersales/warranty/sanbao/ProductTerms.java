package org.aftersales.warranty.sanbao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One row of a policy's product table, e.g. 彩色电视机: whole unit 1 year, main parts 3 years, 0.1 % a day.
 *
 * @param key                {@link Claim#product()} values it matches; {@link #ANY_PRODUCT} matches every product
 * @param dailyDepreciation   折旧率(日) as a fraction (0.001 = 0.1 %); empty where unknown, so no refund less
 *                            depreciation can be offered
 * @param maxUsageCoefficient cars: the ceiling of 使用补偿系数 n (0.005); the claim's n from the 三包凭证 applies up to it
 */
public record ProductTerms(
        String key,
        String nameZh,
        StartEvent start,
        List<Coverage> coverages,
        Optional<Rate> dailyDepreciation,
        Optional<Rate> maxUsageCoefficient) {

    public static final String ANY_PRODUCT = "*";

    /** A sourced rate. */
    public record Rate(BigDecimal value, Source source) {
    }

    boolean matches(String product) {
        return key.equals(ANY_PRODUCT) || key.equals(product);
    }
}
