package org.aftersales.notification.webhook;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.MessageState;

/** One event posted (or being posted) to an endpoint: its delivery record. {@code id} is the webhook-id. */
public record WebhookDeliveryView(UUID id, UUID eventId, String eventType, String subject, MessageState state,
        int attempts, Instant createdAt, Instant finishedAt) {

    static WebhookDeliveryView of(Message message) {
        return new WebhookDeliveryView(message.id, message.eventId, message.eventType, message.subject, message.state,
                message.attempts, message.createdAt, message.finishedAt);
    }
}
