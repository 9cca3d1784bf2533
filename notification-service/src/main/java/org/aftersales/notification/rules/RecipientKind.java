package org.aftersales.notification.rules;

/** Whom a rule addresses, by their relation to the event. */
public enum RecipientKind {
    /**
     * The person the event is about: the ticket's contact (报修联系人) or the complainant (投诉人). Reached in the
     * customer organisation's inbox, and by email where they gave an address.
     */
    CUSTOMER_CONTACT,
    /** The customer organisation itself, its inbox: for what concerns it and not one contact, e.g. a recall notice. */
    CUSTOMER_ORGANISATION,
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
