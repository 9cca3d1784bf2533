package org.aftersales.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A partner system's endpoint to register.
 *
 * @param url where events are posted: an absolute http(s) URL
 * @param eventTypes the event types it wants, e.g. {@code aftersales.ticket.closed.v1}
 */
public record NewWebhook(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s/]+(/\\S*)?", message = "must be an http(s) URL")
        String url,
        @NotEmpty @Size(max = 50) List<@NotBlank String> eventTypes) {
}
