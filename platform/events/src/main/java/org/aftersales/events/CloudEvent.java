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
 */
public record CloudEvent<T>(UUID id, URI source, String type, String subject, Instant time, T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** The Kafka {@code content-type} header value for structured-mode CloudEvents. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static <T> CloudEvent<T> of(EventType<T> type, String source, String subject, Instant time, T data) {
        return new CloudEvent<>(UUID.randomUUID(), URI.create(source), type.type(), subject, time, data);
    }
}
