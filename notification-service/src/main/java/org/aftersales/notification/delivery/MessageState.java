package org.aftersales.notification.delivery;

/** Where a message stands. */
public enum MessageState {
    /** Stored, not yet accepted by its channel: sent at once or retried later. */
    PENDING,
    /** Accepted by its channel's provider. */
    SENT,
    /** Given up on after its retries ran out, or refused for good by the provider. */
    FAILED,
    /** Not sent: its recipient turned its channel off (通知偏好). Stored, so who was not told is known. */
    SUPPRESSED
}
