package org.aftersales.notification.delivery;

import java.util.UUID;

/**
 * A rendered message to store and send: what {@link Deliveries#enqueue} takes.
 *
 * @param parameters the template's parameters as a JSON object, for a channel whose provider fills an approved
 *     template itself (SMS); null for the others
 */
public record OutgoingMessage(UUID eventId, String eventType, String subject, String customerOrganisation,
        String recipient, String address, Channel channel, String template, String language, String title,
        String body, String parameters) {

    /** A message sent as rendered. */
    public OutgoingMessage(UUID eventId, String eventType, String subject, String customerOrganisation,
            String recipient, String address, Channel channel, String template, String language, String title,
            String body) {
        this(eventId, eventType, subject, customerOrganisation, recipient, address, channel, template, language, title,
                body, null);
    }
}
