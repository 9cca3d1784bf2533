package org.aftersales.complaint.deadline;

/** The deadlines of a complaint (seed 000-3). */
public enum DeadlineKind {
    /** Contact the complainant after receipt (or reopening): met by CONTACT. */
    CONTACT,
    /** The reply time promised on first contact: met by DETERMINE, the reply with the decision. */
    REPLY_PROMISE,
    /** The decision of an investigated complaint (special cases: the urgent target): met by DETERMINE. */
    DECISION,
    /** Confirm with the complainant after the solution was carried out: met by CONFIRM_SOLUTION or REJECT_SOLUTION. */
    FOLLOW_UP
}
