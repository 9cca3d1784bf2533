package org.aftersales.events;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A domain event in CloudEvents 1.0 structured JSON form: the attributes and the payload in one
 * document. The Kafka record key is the {@link #subject()}, the id of the aggregate.
 *
 * @param id unique per event; consumers use it to apply an event once
 * @param source the producing service, e.g. {@code /ticket-service}
 * @param type the event type, see {@link EventType}
 * @param subject the aggregate id
 * @param time when the change happened (UTC)
 * @param data the payload
 * @param traceparent the W3C trace context of the change that recorded the event (the CloudEvents distributed-tracing
 *     extension), so a trace follows the event through the outbox to its consumers; null when there was none
 */
public record CloudEvent<T>(UUID id, URI source, String type, String subject, Instant time, T data,
        String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** The Kafka {@code content-type} header value for structured-mode CloudEvents. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An event without trace context. */
    public CloudEvent(UUID id, URI source, String type, String subject, Instant time, T data) {
        this(id, source, type, subject, time, data, null);
    }

    public static <T> CloudEvent<T> of(EventType<T> type, String source, String subject, Instant time, T data) {
        return new CloudEvent<>(UUID.randomUUID(), URI.create(source), type.type(), subject, time, data);
    }

    /** The same event recorded within the given trace context (a W3C {@code traceparent} value, or null). */
    public CloudEvent<T> withTraceparent(String context) {
        return new CloudEvent<>(id, source, type, subject, time, data, context);
    }
}
