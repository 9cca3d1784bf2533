package org.aftersales.ticket.escalation;

/** What raised a ticket's escalation level. */
public enum EscalationTrigger {
    /** An agent or manager escalated it by hand. */
    HAND,
    /** An SLA target was breached. */
    BREACH,
    /** The customer rejected the result (用户对处理结果不满意, seed 003). */
    REJECTION
}
