package org.aftersales.warranty.commitment;

import java.util.List;
import java.util.Optional;

/**
 * A report promised for every service ticket.
 *
 * @param kind     which report
 * @param after    the event its deadline runs from
 * @param within   the deadline; absent when the seed promises the report without one (000's fault analysis)
 * @param contents what it must state (seed 001: report time, arrival time, cause, measures, recovery time)
 */
public record ReportDeadline(Kind kind, After after, Optional<TimeLimit> within, List<Item> contents) {

    /** Which report. */
    public enum Kind {
        /** 维修报告, after each repair (seed 001). */
        REPAIR_REPORT,
        /** 故障分析报告: cause and how to avoid it, after an on-site fix (seed 000). */
        FAULT_ANALYSIS
    }

    /** The event a report deadline runs from. */
    public enum After {
        /** 到场. */
        ARRIVAL,
        /** 修复: service restored (seed 001: 每次报修结束后的3小时内). */
        RESOLUTION
    }

    /** One thing a report states. */
    public enum Item {
        /** 报修时间. */
        REPORTED_AT,
        /** 到场时间. */
        ARRIVED_AT,
        /** 故障原因. */
        CAUSE,
        /** 维修措施. */
        MEASURES,
        /** 系统恢复时间. */
        RESTORED_AT,
        /** 日后如何避免. */
        PREVENTION
    }
}
