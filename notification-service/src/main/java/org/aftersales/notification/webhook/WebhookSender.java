package org.aftersales.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.Sender;

/**
 * Posts events to partner systems as the Standard Webhooks specification says: headers {@code webhook-id} (the
 * message id, the same on every retry, so the receiver drops repeats), {@code webhook-timestamp} and
 * {@code webhook-signature}; any answer but 2xx is tried again. When a message to an endpoint is given up, the
 * endpoint is disabled and its owner told ({@link WebhookEndpoints#disable}).
 */
@ApplicationScoped
public class WebhookSender implements Sender {

    /** The template name of webhook messages: their body is the CloudEvent itself. */
    public static final String TEMPLATE = "cloudevent";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final WebhookEndpoints endpoints;
    @Inject
    Clock clock;

    WebhookSender(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** The recipient key of an endpoint's messages. */
    public static String recipient(UUID endpointId) {
        return "webhook:" + endpointId;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public boolean repeatsAreDropped() {
        return true;
    }

    @Override
    public Delivery send(Message message, String attemptKey) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(UUID.fromString(message.address));
        if (endpoint == null || !endpoint.enabled) {
            return Delivery.refused("the endpoint is disabled or gone");
        }
        Instant now = Instant.now(clock);
        long timestamp = now.getEpochSecond();
        String signatures = endpoint.signingSecrets(now).stream()
                .map(secret -> WebhookSignature.sign(secret, attemptKey, timestamp, message.body))
                .collect(Collectors.joining(" "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url))
                .timeout(TIMEOUT)
                .header("content-type", "application/json")
                .header("webhook-id", attemptKey)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures)
                .POST(HttpRequest.BodyPublishers.ofString(message.body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status / 100 == 2 ? Delivery.accepted("HTTP " + status) : Delivery.failed("HTTP " + status);
        } catch (IOException e) {
            return Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failed("interrupted");
        }
    }

    @Override
    public void gaveUp(Message message) {
        endpoints.disable(UUID.fromString(message.address), message);
    }
}
