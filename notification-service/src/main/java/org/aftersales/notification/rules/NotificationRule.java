package org.aftersales.notification.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aftersales.notification.delivery.Channel;

/**
 * Who is told of an event, and how: one line of {@code notification-rules.json}.
 *
 * @param to whom, by relation
 * @param role the role addressed, for {@link RecipientKind#ROLE} only
 * @param channels the channels the message goes by (each where the recipient has an address for it)
 * @param when the condition on the event's fields, e.g. {@code {"severity": "SERIOUS"}}: the rule applies only to
 *     events whose every named field has the value given; empty for every event of the type
 * @param urgent whether its messages go at once even in the recipient's quiet hours (a breach, an escalation)
 */
public record NotificationRule(RecipientKind to, String role, Set<Channel> channels, Map<String, String> when,
        boolean urgent) {

    public NotificationRule {
        Objects.requireNonNull(to, "to");
        if ((to == RecipientKind.ROLE) != (role != null)) {
            throw new IllegalArgumentException("a rule names a role exactly when it addresses one: " + to);
        }
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("a rule names at least one channel: " + to);
        }
        channels = Set.copyOf(channels);
        when = when == null ? Map.of() : Map.copyOf(when);
    }

    /** A rule for every event of its type, whose messages can wait for the end of quiet hours. */
    public NotificationRule(RecipientKind to, String role, Set<Channel> channels) {
        this(to, role, channels, Map.of(), false);
    }

    /** A conditional rule whose messages can wait for the end of quiet hours. */
    public NotificationRule(RecipientKind to, String role, Set<Channel> channels, Map<String, String> when) {
        this(to, role, channels, when, false);
    }

    /** Whether the rule applies to an event with these fields. */
    public boolean appliesTo(Map<String, Object> data) {
        return when.entrySet().stream()
                .allMatch(condition -> data.get(condition.getKey()) != null
                        && condition.getValue().equals(String.valueOf(data.get(condition.getKey()))));
    }
}
