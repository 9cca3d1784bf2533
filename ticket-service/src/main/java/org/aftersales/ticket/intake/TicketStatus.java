package org.aftersales.ticket.intake;

/** Where a ticket stands in seed 000's response flow: receive → diagnose → dispatch → repair → confirm → close. */
public enum TicketStatus {
    /** 新建: registered, nobody has called back yet. */
    NEW,
    /** 已响应: an agent called back with a first assessment (the response target is met here). */
    ACKNOWLEDGED,
    /** 诊断中: diagnosing by phone or remotely. */
    DIAGNOSING,
    /** 已派工: an engineer is on the way. */
    DISPATCHED,
    /** 到场: the engineer is on site (the on-site target is met here). */
    ON_SITE,
    /** 等待: waiting for the customer or for parts. */
    WAITING,
    /** 已修复: service restored (the resolution target is met here). */
    RESOLVED,
    /** 已确认: the customer confirmed the fault is gone. */
    CONFIRMED,
    /** 已关闭. */
    CLOSED,
    /** 已取消, with a reason. */
    CANCELLED
}
