package org.aftersales.ticket.dispatch;

/** An engineer's grade: escalation (升级) asks for a senior engineer after the engineer. */
public enum EngineerLevel {
    /** 工程师. */
    ENGINEER,
    /** 高级工程师. */
    SENIOR_ENGINEER
}
