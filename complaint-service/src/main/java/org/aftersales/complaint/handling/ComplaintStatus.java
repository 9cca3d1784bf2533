package org.aftersales.complaint.handling;

/** Where a complaint stands (seed 000 篇一 "投诉处理方法"). */
public enum ComplaintStatus {
    /** 已受理: registered, or reopened after the complainant rejected the solution; nobody has contacted them yet. */
    RECEIVED,
    /** 已联系: the complainant was contacted and promised a reply time. */
    CONTACTED,
    /** 调查中: a department investigates the cause. */
    INVESTIGATING,
    /** 已界定: cause, quality determination and proposed solution recorded; waiting for a manager's approval. */
    DETERMINED,
    /** 已批准: a manager approved the solution. */
    APPROVED,
    /** 处理中: the solution is being carried out. */
    SOLUTION_IN_PROGRESS,
    /** 已解决: the solution was carried out; the follow-up with the complainant is due. */
    SOLVED,
    /** 已回访: the complainant confirmed being satisfied. */
    FOLLOWED_UP,
    /** 已关闭. */
    CLOSED
}
