package org.aftersales.warranty.commitment;

/**
 * A promise a ticket's SLA clock measures, by the name ticket-service's clocks carry: the commitment chooses which of
 * them escalate the ticket when breached ({@link Commitment#escalatingClocks}).
 */
public enum SlaTarget {
    /** 响应. */
    RESPONSE,
    /** 到场. */
    ON_SITE,
    /** 修复. */
    RESOLUTION,
    /** 维修报告. */
    REPAIR_REPORT,
    /** 故障分析报告. */
    FAULT_ANALYSIS,
    /** 巡检报告. */
    INSPECTION_REPORT
}
