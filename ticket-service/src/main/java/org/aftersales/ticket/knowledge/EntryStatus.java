package org.aftersales.ticket.knowledge;

/** Where a knowledge-base entry stands in its review (ADR 0029). */
public enum EntryStatus {
    /** 草稿: written, not reviewed; seen by vendor staff and the author's own organisation only. */
    DRAFT,
    /** 已发布: reviewed and published by vendor staff; seen by every partner. */
    PUBLISHED
}
