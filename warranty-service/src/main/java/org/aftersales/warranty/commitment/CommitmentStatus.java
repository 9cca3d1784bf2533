package org.aftersales.warranty.commitment;

/** Where a commitment version is in its life: a draft may be edited; a published version never changes. */
public enum CommitmentStatus {
    /** 草稿: being written; may be edited and published. */
    DRAFT,
    /** 已发布: in force for the contracts that use it; never changes. New terms are a new version. */
    PUBLISHED
}
