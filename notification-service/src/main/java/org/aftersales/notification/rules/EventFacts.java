package org.aftersales.notification.rules;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an event says and what the service knows around it, as rules and templates need it.
 *
 * @param data the event's payload as JSON fields, for the templates
 * @param customerOrganisation the organisation the event belongs to; null for a walk-in complainant (投诉人 with no
 *     customer organisation), who is reached at the addresses they gave
 * @param contact the person to tell: the ticket's contact when the event is about a known ticket, otherwise the
 *     complainant the event names
 * @param assignedEngineer the engineer the ticket is assigned to, when it is
 * @param escalationLevel the level a ticket was escalated to, for an escalation
 */
public record EventFacts(UUID eventId, String eventType, String subject, String customerOrganisation,
        Map<String, Object> data, Optional<Contact> contact, Optional<String> assignedEngineer,
        Optional<String> escalationLevel) {

    /** The person to call back about a ticket or a complaint; {@code email} is null when none was given. */
    public record Contact(String name, String phone, String email) {

        public Contact(String name, String phone) {
            this(name, phone, null);
        }
    }
}
