package org.aftersales.notification.delivery;

import java.util.UUID;

/** A rendered message to store and send: what {@link Deliveries#enqueue} takes. */
public record OutgoingMessage(UUID eventId, String eventType, String subject, String customerOrganisation,
        String recipient, String address, Channel channel, String template, String language, String title,
        String body) {
}
