package org.aftersales.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.Deliveries;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.OutgoingMessage;
import org.aftersales.platform.security.Organisations;

/** The partner systems' endpoints: who subscribed to an event, and what happens to one that keeps failing. */
@ApplicationScoped
public class WebhookEndpoints {

    /** How long a replaced secret still signs deliveries after a rotation. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    private final EntityManager entityManager;
    private final Deliveries deliveries;
    @Inject
    Clock clock;

    WebhookEndpoints(EntityManager entityManager, Deliveries deliveries) {
        this.entityManager = entityManager;
        this.deliveries = deliveries;
    }

    /** The enabled endpoints that subscribed to an event type of a customer organisation (theirs or below it). */
    @SuppressWarnings("unchecked")
    public List<WebhookEndpoint> subscribedTo(String eventType, String customerOrganisation) {
        List<WebhookEndpoint> subscribed = entityManager.createNativeQuery("""
                        select * from webhook_endpoint where enabled and ?1 = any(event_types)""",
                        WebhookEndpoint.class)
                .setParameter(1, eventType)
                .getResultList();
        return subscribed.stream()
                .filter(endpoint -> Organisations.contains(endpoint.organisation, customerOrganisation))
                .toList();
    }

    /**
     * Stops deliveries to an endpoint whose message was given up, and tells its organisation in its inbox (once per
     * endpoint and message).
     */
    void disable(UUID endpointId, Message givenUp) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(endpointId);
        if (endpoint == null || !endpoint.enabled) {
            return;
        }
        endpoint.enabled = false;
        endpoint.disabledReason = "message " + givenUp.id + " (" + givenUp.eventType + ") failed for "
                + Duration.between(givenUp.createdAt, Instant.now(clock)).toMinutes() + " min";
        UUID notice = UUID.nameUUIDFromBytes(("webhook-disabled " + endpointId + " " + givenUp.id)
                .getBytes(StandardCharsets.UTF_8));
        deliveries.enqueue(new OutgoingMessage(notice, givenUp.eventType, endpointId.toString(), endpoint.organisation,
                "organisation:" + endpoint.organisation, endpoint.organisation, Channel.IN_APP, "webhook-disabled",
                "zh-CN", "Webhook 已停用 / Webhook disabled",
                "发往 %s 的推送持续失败，已停用；修复后请重新启用并重放。 / Deliveries to %s kept failing and were stopped;"
                        .formatted(endpoint.url, endpoint.url)
                        + " re-enable the endpoint and replay them once it is fixed."), Instant.now(clock));
    }
}
