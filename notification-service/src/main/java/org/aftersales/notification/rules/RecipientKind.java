package org.aftersales.notification.rules;

/** Whom a rule addresses, by their relation to the event. */
public enum RecipientKind {
    /** The ticket's contact (报修联系人): the customer organisation's inbox. */
    CUSTOMER_CONTACT,
    /** The engineer the ticket is assigned to. */
    ASSIGNED_ENGINEER,
    /** The partner organisation (经销商/服务站) above the customer organisation: its inbox. */
    PARTNER,
    /** The agent on duty (值班接线员). */
    DUTY_AGENT,
    /** Every staff member with the rule's role, e.g. managers or the quality department (品质部). */
    ROLE,
    /** The staff who take on the escalation level the ticket was escalated to (升级). */
    ESCALATION_LEVEL
}
