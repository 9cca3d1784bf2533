package org.aftersales.complaint.deadline;

/** The deadlines of a complaint (seed 000-3), as kinds of the kit's promise deadlines. */
public enum DeadlineKind {
    /** Contact the complainant after receipt (or reopening): met by CONTACT. */
    CONTACT("complaint-contact"),
    /** The reply time promised on first contact: met by DETERMINE, the reply with the decision. */
    REPLY_PROMISE("complaint-reply-promise"),
    /** The decision of an investigated complaint: met by DETERMINE. */
    DECISION("complaint-decision"),
    /** A special case's decision (seed 000-3: 24 h), in place of DECISION once a manager flags it: met by DETERMINE. */
    URGENT_DECISION("complaint-urgent-decision"),
    /** Confirm with the complainant after the solution was carried out: met by CONFIRM_SOLUTION or REJECT_SOLUTION. */
    FOLLOW_UP("complaint-follow-up");

    private final String kind;

    DeadlineKind(String kind) {
        this.kind = kind;
    }

    /** The kind the kit stores it under. */
    public String kind() {
        return kind;
    }

    public static DeadlineKind of(String kind) {
        for (DeadlineKind candidate : values()) {
            if (candidate.kind.equals(kind)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no complaint deadline of kind " + kind);
    }
}
