package org.aftersales.notification.rules;

import java.util.Map;
import org.aftersales.notification.delivery.Channel;

/**
 * Somebody a message goes to.
 *
 * @param key who, the same across channels: {@code user:<username>}, {@code contact:<phone>} or
 *     {@code organisation:<path>}
 * @param language what they read, e.g. {@code zh-CN}
 * @param addresses where each channel reaches them
 */
public record Recipient(String key, String name, String language, Map<Channel, String> addresses) {

    public Recipient {
        addresses = Map.copyOf(addresses);
    }
}
