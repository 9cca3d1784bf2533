package org.aftersales.complaint.deadline;

/** Where a deadline stands. */
public enum DeadlineState {
    RUNNING,
    /** 预警: past its warning share, not met yet. */
    WARNED,
    MET,
    /** 超时: passed unmet. */
    BREACHED,
    /** Met after its breach. */
    MET_LATE,
    /** No longer owed: the complaint was closed or reopened before it was met. */
    CANCELLED;

    public boolean open() {
        return this == RUNNING || this == WARNED || this == BREACHED;
    }
}
