package org.aftersales.platform.deadline;

/** Where a {@link Deadline} stands. */
public enum DeadlineState {
    /** Counting, before its warning instant. */
    RUNNING,
    /** Counting, past its warning share (预警). */
    WARNING,
    /** Met at or before its due instant (按时完成). */
    MET,
    /** Met after its due instant (超时完成); its breach records when. */
    MET_LATE,
    /** Past its due instant and not met (超时); stays so until met, cancelled or restarted. */
    BREACHED,
    /** No longer counting: what it waited for is not owed any more (e.g. the request was withdrawn). */
    CANCELLED;

    /** Whether the promise is still owed: not met and not cancelled. */
    public boolean isOpen() {
        return this == RUNNING || this == WARNING || this == BREACHED;
    }
}
