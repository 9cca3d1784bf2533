package org.aftersales.warranty.sanbao;

/** Who bears one cost item (parts, labour or travel), ordered from the customer's best to worst. */
public enum Payer {
    /** 销售者: the party liable to the customer (谁销售谁负责), with recourse against producer or repairer. */
    SELLER("销售者", "seller", 0),
    /** 修理者: the repairer, where a rule charges it (e.g. a repair over 30 days by its own fault). */
    REPAIRER("修理者", "repairer", 0),
    /** 客户按成本价: the customer, at cost price. */
    CUSTOMER_AT_COST("客户按成本价", "customer at cost", 1),
    /** 客户: the customer, at the list price. */
    CUSTOMER("客户", "customer", 2);

    private final String zh;
    private final String en;
    private final int burden;

    Payer(String zh, String en, int burden) {
        this.zh = zh;
        this.en = en;
        this.burden = burden;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The customer's burden: 0 nothing, 1 at cost, 2 full price. */
    public int burden() {
        return burden;
    }
}
