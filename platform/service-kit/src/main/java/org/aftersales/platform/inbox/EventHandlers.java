package org.aftersales.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventType;

/**
 * What a consumer does with each event type it cares about. Types it does not list are skipped. The consumer's name
 * keys the ids of the events it applied (and its dead letters): give each consumer of a service its own name when
 * two of them may receive the same event.
 */
public final class EventHandlers {

    /** The name of a consumer that does not give one (and of every id recorded before consumers had names). */
    public static final String DEFAULT_CONSUMER = "default";

    record Handler<T>(EventType<T> type, Consumer<CloudEvent<T>> action) {
    }

    private final String consumer;
    private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

    /** The handlers of the service's {@link #DEFAULT_CONSUMER}. */
    public EventHandlers() {
        this(DEFAULT_CONSUMER);
    }

    /** @param consumer the consumer's name, e.g. {@code installed-base}; at most 128 characters */
    public EventHandlers(String consumer) {
        if (consumer == null || consumer.isBlank() || consumer.length() > 128) {
            throw new IllegalArgumentException("a consumer's name must be 1 to 128 characters: " + consumer);
        }
        this.consumer = consumer;
    }

    public String consumer() {
        return consumer;
    }

    public <T> EventHandlers on(EventType<T> type, Consumer<CloudEvent<T>> action) {
        if (handlers.putIfAbsent(type.type(), new Handler<>(type, action)) != null) {
            throw new IllegalArgumentException("two handlers for " + type.type());
        }
        return this;
    }

    Optional<Handler<?>> find(String type) {
        return Optional.ofNullable(handlers.get(type));
    }
}
