package org.aftersales.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An endpoint as the API shows it. {@code secret} is shown once: in the answer to its registration or rotation.
 */
public record WebhookView(
        @Schema(description = "The endpoint", required = true) UUID id,
        @Schema(description = "The partner organisation that owns it: it receives that organisation's events and"
                + " those below it") String organisation,
        @Schema(description = "Where the events are posted") String url,
        @Schema(description = "The event types it receives") List<String> eventTypes,
        @Schema(description = "Whether deliveries go out; false after a delivery gave up, until re-enabled")
        boolean enabled,
        @Schema(description = "Why deliveries stopped; null while enabled") String disabledReason,
        @Schema(description = "When it was registered (ISO-8601, UTC)", required = true) Instant createdAt,
        @Schema(description = "The whsec_ signing secret, only in the answer to a registration or rotation;"
                + " null otherwise") String secret) {

    static WebhookView of(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.id, endpoint.organisation, endpoint.url, List.of(endpoint.eventTypes),
                endpoint.enabled, endpoint.disabledReason, endpoint.createdAt, null);
    }

    static WebhookView withSecret(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.id, endpoint.organisation, endpoint.url, List.of(endpoint.eventTypes),
                endpoint.enabled, endpoint.disabledReason, endpoint.createdAt, endpoint.secret);
    }
}
