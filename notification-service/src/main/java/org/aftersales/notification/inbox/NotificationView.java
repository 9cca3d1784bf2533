package org.aftersales.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/** A notification as the API shows it. */
public record NotificationView(UUID id, String customerOrganisation, String recipient, String eventType,
        String subject, String title, String body, Instant createdAt, Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.customerOrganisation, n.recipient, n.eventType, n.subject, n.title, n.body,
                n.createdAt, n.readAt);
    }
}
