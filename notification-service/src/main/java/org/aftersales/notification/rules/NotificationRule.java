package org.aftersales.notification.rules;

import java.util.Objects;
import java.util.Set;
import org.aftersales.notification.delivery.Channel;

/**
 * Who is told of an event, and how: one line of {@code notification-rules.json}.
 *
 * @param to whom, by relation
 * @param role the role addressed, for {@link RecipientKind#ROLE} only
 * @param channels the channels the message goes by (each where the recipient has an address for it)
 */
public record NotificationRule(RecipientKind to, String role, Set<Channel> channels) {

    public NotificationRule {
        Objects.requireNonNull(to, "to");
        if ((to == RecipientKind.ROLE) != (role != null)) {
            throw new IllegalArgumentException("a rule names a role exactly when it addresses one: " + to);
        }
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("a rule names at least one channel: " + to);
        }
        channels = Set.copyOf(channels);
    }
}
