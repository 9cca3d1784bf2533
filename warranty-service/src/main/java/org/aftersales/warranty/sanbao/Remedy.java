package org.aftersales.warranty.sanbao;

/**
 * What the customer gets (处理方式), declared from the most to the least favourable for the customer.
 * The declaration order is the favourability order the engine uses when rules or policies compete.
 * A loaner (备用车/备用机) is not a remedy of its own: it accompanies a repair, see {@link Loaner}.
 */
public enum Remedy {
    /** 退货: the price back, less any deduction. */
    REFUND("退货", "refund"),
    /** 换货: a new unit of the same brand and model. */
    EXCHANGE("换货", "exchange"),
    /** 更换部件/总成: a new part or assembly (car engine, phone battery, …) instead of repairing it. */
    PART_REPLACEMENT("更换部件", "part replacement"),
    /** 免费修理. */
    FREE_REPAIR("免费修理", "free repair"),
    /** 收费修理: repair offered, charged as {@link Decision#costs()} says. */
    PAID_REPAIR("收费修理", "paid repair"),
    /** 无义务. */
    NO_OBLIGATION("无三包义务", "no obligation");

    private final String zh;
    private final String en;

    Remedy(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Whether this remedy is strictly more favourable to the customer than {@code other}. */
    public boolean betterThan(Remedy other) {
        return ordinal() < other.ordinal();
    }
}
