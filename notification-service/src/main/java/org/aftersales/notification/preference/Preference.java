package org.aftersales.notification.preference;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.aftersales.notification.delivery.Channel;

/**
 * A recipient's preference as the notifier applies it: channels not wanted are suppressed (the message is stored as
 * SUPPRESSED, never sent); in quiet hours a message that can wait is held to their end. The in-app inbox is always
 * written and never held; urgent messages (a breach, an escalation, a 一级 ticket) are never held.
 */
public record Preference(Set<Channel> disabledChannels, Optional<QuietHours> quietHours) {

    /** Channels a person may turn off: the inbox is the record and stays; webhooks are systems, not people. */
    public static final Set<Channel> OPTIONAL_CHANNELS = EnumSet.of(Channel.EMAIL, Channel.SMS);

    /** Every channel, any time. */
    public static final Preference NONE = new Preference(Set.of(), Optional.empty());

    public Preference {
        disabledChannels = Set.copyOf(disabledChannels);
    }

    public boolean suppresses(Channel channel) {
        return OPTIONAL_CHANNELS.contains(channel) && disabledChannels.contains(channel);
    }

    /** When a message by this channel is sent if it is ready now; urgent ones and the inbox at once. */
    public Instant sendAt(Channel channel, boolean urgent, Instant now) {
        if (urgent || !OPTIONAL_CHANNELS.contains(channel)) {
            return now;
        }
        return quietHours.flatMap(quiet -> quiet.heldUntil(now)).orElse(now);
    }

    static Preference of(NotificationPreference stored) {
        Set<Channel> disabled = stored.disabledChannels.isBlank() ? Set.of()
                : Arrays.stream(stored.disabledChannels.split(",")).map(Channel::valueOf).collect(
                        () -> EnumSet.noneOf(Channel.class), Set::add, Set::addAll);
        Optional<QuietHours> quiet = stored.quietFrom == null ? Optional.empty()
                : Optional.of(new QuietHours(stored.quietFrom, stored.quietTo, ZoneId.of(stored.zone)));
        return new Preference(disabled, quiet);
    }
}
