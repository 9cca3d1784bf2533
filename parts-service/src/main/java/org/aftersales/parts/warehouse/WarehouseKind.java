package org.aftersales.parts.warehouse;

/** The kinds of location that hold stock. */
public enum WarehouseKind {
    /** 总库: the vendor's central warehouse. */
    CENTRAL,
    /** 区域库: a regional warehouse (the vendor's or a partner's). */
    REGIONAL,
    /** 随车库: an engineer's own stock in their van. */
    VAN,
    /** 客户现场备件库: stock kept at a customer's site (seed 002: ≥ 3 % of the installed quantity). */
    CUSTOMER_SITE
}
