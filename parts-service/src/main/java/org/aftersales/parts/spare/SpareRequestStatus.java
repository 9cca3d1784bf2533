package org.aftersales.parts.spare;

/** Where a spare request stands. */
public enum SpareRequestStatus {
    /** 已申请: asked for, its delivery deadline running. */
    REQUESTED,
    /** 已拣货: picked from the shelf. */
    PICKED,
    /** 已发运: on its way to the site. */
    DISPATCHED,
    /** 已送达: on site and received; the deadline is met. */
    DELIVERED,
    /** 已取消: no longer wanted; the deadline is cancelled. */
    CANCELLED
}
