package org.aftersales.notification.delivery;

/** How a message reaches its recipient. */
public enum Channel {
    /** The in-app inbox (站内信). */
    IN_APP,
    /** Email over SMTP. */
    EMAIL,
    /** SMS (短信) through a Chinese vendor's API: an approved short template filled with parameters. */
    SMS,
    /** A signed HTTP POST of the event to a partner system's endpoint (Standard Webhooks). */
    WEBHOOK
}
