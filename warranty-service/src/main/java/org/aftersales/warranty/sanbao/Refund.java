package org.aftersales.warranty.sanbao;

import java.math.BigDecimal;

/**
 * A refund and how it was computed. Money is yuan as {@link BigDecimal}, scale 2, rounded HALF_UP once at the end.
 *
 * @param rate  the daily depreciation rate or the usage coefficient n; zero for {@link Basis#FULL_PRICE}
 * @param units counted days (depreciation) or kilometres (usage fee); zero for {@link Basis#FULL_PRICE}
 */
public record Refund(BigDecimal price, Basis basis, BigDecimal rate, long units, BigDecimal deduction, BigDecimal amount) {

    /** How the deduction is computed. */
    public enum Basis {
        /** 按发票价格一次退清: no deduction. */
        FULL_PRICE,
        /** 折旧费 = price × daily rate × (days since the start − repair and waiting days). */
        DAILY_DEPRECIATION,
        /** 使用补偿费 = price × km / 1000 × n (car rule Art 27). */
        USAGE_FEE,
        /**
         * An accessory's refund (phone M9): sold on its own, its invoice price; sold with the product, its separate
         * retail price at the time of the claim; no deduction.
         */
        ACCESSORY_PRICE
    }
}
