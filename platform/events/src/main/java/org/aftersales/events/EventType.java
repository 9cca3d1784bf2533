package org.aftersales.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one definition of a kind of domain event: its CloudEvents {@code type}, the aggregate it
 * belongs to (which decides the Kafka topic), and the Java type of its payload.
 *
 * <p>A type name reads {@code aftersales.<aggregate>.<what happened>.v<version>}. A breaking change to
 * a payload is a new version, published beside the old one until every consumer has moved.
 *
 * @param type the CloudEvents type attribute, e.g. {@code aftersales.ticket.created.v1}
 * @param aggregateType the aggregate the event is about, e.g. {@code ticket}
 * @param payloadType the payload record carried in the CloudEvent's {@code data}
 */
public record EventType<T>(String type, String aggregateType, Class<T> payloadType) {

    private static final Pattern TYPE = Pattern.compile("aftersales\\.[a-z-]+\\.[a-z-]+(\\.[a-z-]+)*\\.v[1-9][0-9]*");

    public EventType {
        Objects.requireNonNull(payloadType, "payloadType");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must read aftersales.<aggregate>.<event>.v<n>: " + type);
        }
        if (!type.startsWith("aftersales." + aggregateType + ".")) {
            throw new IllegalArgumentException("event type " + type + " does not belong to aggregate " + aggregateType);
        }
    }

    /** The Kafka topic that carries every event of this aggregate, so one aggregate's events stay ordered. */
    public String topic() {
        return topicOf(aggregateType);
    }

    /** The topic of an aggregate type: {@code aftersales.<aggregate>}. */
    public static String topicOf(String aggregateType) {
        return "aftersales." + aggregateType;
    }
}
