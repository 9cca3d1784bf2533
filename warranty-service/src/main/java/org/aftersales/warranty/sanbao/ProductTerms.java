package org.aftersales.warranty.sanbao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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
    /** How product and component keys are written: lower-case words joined by dashes, e.g. {@code colour-tv}. */
    public static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** A sourced rate. */
    public record Rate(BigDecimal value, Source source) {
    }

    /**
     * The key a name is reached by in claims: lower-case letters and digits, every other run of ASCII characters a
     * dash, and each other character a word of its own, {@code u} and its code point in hex ("key components" →
     * {@code key-components}, "关键部件" → {@code u5173-u952e-u90e8-u4ef6}).
     */
    public static String keyOf(String name) {
        StringBuilder key = new StringBuilder();
        name.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (word) {
                key.appendCodePoint(c);
            } else if (c < 128) {
                key.append('-');
            } else {
                key.append('-').append('u').append(Integer.toHexString(c)).append('-');
            }
        });
        return key.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
    }

    boolean matches(String product) {
        return key.equals(ANY_PRODUCT) || key.equals(product);
    }
}
