package org.aftersales.ticket.report;

/** The service reports a resolved ticket owes the customer, each with a deadline on the ticket's SLA clocks. */
public enum ReportKind {
    /** 维修报告: report time, arrival, cause, measures, restoration, parts used, the customer's confirmation. */
    REPAIR_REPORT,
    /** 故障分析报告: the fault's cause and how to prevent it. */
    FAULT_ANALYSIS,
    /** 巡检报告: what an inspection found and advises, delivered after the visit. */
    INSPECTION_REPORT
}
