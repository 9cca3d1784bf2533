package org.aftersales.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventType;

/** What a consumer does with each event type it cares about. Types it does not list are skipped. */
public final class EventHandlers {

    record Handler<T>(EventType<T> type, Consumer<CloudEvent<T>> action) {
    }

    private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

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
