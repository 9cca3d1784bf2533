package org.aftersales.notification.inbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification as the API shows it. */
public record NotificationView(
        @Schema(description = "The in-app notification", required = true) UUID id,
        @Schema(description = "The customer organisation it is addressed to") String customerOrganisation,
        @Schema(description = "The user it is for; null: everybody of the customer organisation") String recipient,
        @Schema(description = "The event type that caused it, e.g. aftersales.ticket.created.v1") String eventType,
        @Schema(description = "What it is about: the aggregate id, e.g. a ticket's id") String subject,
        @Schema(description = "Its title, in the recipient's language") String title,
        @Schema(description = "Its text, in the recipient's language") String body,
        @Schema(description = "When it was created (ISO-8601, UTC)", required = true) Instant createdAt,
        @Schema(description = "When its recipient read it (ISO-8601, UTC); null while unread", nullable = true)
        Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.customerOrganisation, n.recipient, n.eventType, n.subject, n.title, n.body,
                n.createdAt, n.readAt);
    }
}
