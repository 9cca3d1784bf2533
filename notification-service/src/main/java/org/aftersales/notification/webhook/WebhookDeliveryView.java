package org.aftersales.notification.webhook;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.MessageState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event posted (or being posted) to an endpoint: its delivery record. {@code id} is the webhook-id. */
public record WebhookDeliveryView(
        @Schema(description = "The delivery, sent as the webhook-id header", required = true) UUID id,
        @Schema(description = "The CloudEvent delivered", required = true) UUID eventId,
        @Schema(description = "The event's type, e.g. aftersales.ticket.closed.v1") String eventType,
        @Schema(description = "What the event is about: the aggregate id, e.g. a ticket's id") String subject,
        @Schema(description = "Where the delivery stands: pending, sent, or given up after its retries",
                required = true) MessageState state,
        @Schema(description = "How many times it was posted so far") int attempts,
        @Schema(description = "When the delivery was created (ISO-8601, UTC)", required = true) Instant createdAt,
        @Schema(description = "When it reached its final state (ISO-8601, UTC); null while pending",
                nullable = true) Instant finishedAt) {

    static WebhookDeliveryView of(Message message) {
        return new WebhookDeliveryView(message.id, message.eventId, message.eventType, message.subject, message.state,
                message.attempts, message.createdAt, message.finishedAt);
    }
}
