package org.aftersales.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An endpoint as the API shows it. {@code secret} is shown once: in the answer to its registration or rotation.
 */
public record WebhookView(UUID id, String organisation, String url, List<String> eventTypes, boolean enabled,
        String disabledReason, Instant createdAt, String secret) {

    static WebhookView of(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.id, endpoint.organisation, endpoint.url, List.of(endpoint.eventTypes),
                endpoint.enabled, endpoint.disabledReason, endpoint.createdAt, null);
    }

    static WebhookView withSecret(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.id, endpoint.organisation, endpoint.url, List.of(endpoint.eventTypes),
                endpoint.enabled, endpoint.disabledReason, endpoint.createdAt, endpoint.secret);
    }
}
