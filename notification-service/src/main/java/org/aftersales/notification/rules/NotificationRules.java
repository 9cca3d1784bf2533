package org.aftersales.notification.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.events.EventCatalog;
import org.aftersales.events.EventType;

/**
 * The rules as data (通知规则): per event type, who is told and by which channels. Read from
 * {@code notification-rules.json}; an event type missing there is told to nobody.
 */
public final class NotificationRules {

    /** The classpath resource the service reads its rules from. */
    public static final String RESOURCE = "notification-rules.json";

    private final Map<String, List<NotificationRule>> byEventType;

    public NotificationRules(Map<String, List<NotificationRule>> byEventType) {
        Set<String> known = EventCatalog.ALL.stream().map(EventType::type).collect(Collectors.toSet());
        byEventType.keySet().stream().filter(type -> !known.contains(type)).findFirst().ifPresent(type -> {
            throw new IllegalArgumentException("a rule for an event type that is not in the catalog: " + type);
        });
        this.byEventType = Map.copyOf(byEventType);
    }

    /** Reads the rules from the classpath. */
    public static NotificationRules load() {
        try (InputStream json = NotificationRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new NotificationRules(new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, new TypeReference<Map<String, List<NotificationRule>>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<NotificationRule> of(String eventType) {
        return byEventType.getOrDefault(eventType, List.of());
    }

    /** The event types that have rules. */
    public Set<String> eventTypes() {
        return byEventType.keySet();
    }
}
