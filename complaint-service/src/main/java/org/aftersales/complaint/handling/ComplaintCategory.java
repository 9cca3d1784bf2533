package org.aftersales.complaint.handling;

/** What a complaint is about. */
public enum ComplaintCategory {
    /** 产品质量. */
    PRODUCT_QUALITY,
    /** 服务态度. */
    SERVICE_ATTITUDE,
    /** 服务超时. */
    LATENESS,
    /** 退换货. */
    RETURNS_AND_EXCHANGES,
    /** 物流. */
    LOGISTICS,
    /** 收费. */
    BILLING,
    OTHER
}
