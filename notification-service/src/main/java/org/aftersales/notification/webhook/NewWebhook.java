package org.aftersales.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner system's endpoint to register.
 *
 * @param url where events are posted: an absolute http(s) URL
 * @param eventTypes the event types it wants, e.g. {@code aftersales.ticket.closed.v1}
 */
public record NewWebhook(
        @Schema(description = "Where the events are posted: an absolute http(s) URL of the partner's system",
                examples = "https://partner.example.com/aftersales/events")
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s/]+(/\\S*)?", message = "must be an http(s) URL")
        String url,
        @Schema(description = "The event types it wants, e.g. aftersales.ticket.closed.v1")
        @NotEmpty @Size(max = 50) List<@NotBlank String> eventTypes) {
}
