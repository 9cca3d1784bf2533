package org.aftersales.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the idempotent consumers ({@code aftersales.inbox.*}). */
@ConfigMapping(prefix = "aftersales.inbox")
public interface InboxConfig {

    /** How a failed event is tried again in place before it is dead-lettered. */
    Retry retry();

    /**
     * How long the ids of applied events are kept. Longer than the topics' retention (7 days) plus the longest
     * consumer outage the service must absorb, so that no redelivery can find its id pruned (ADR 0011).
     */
    @WithDefault("P35D")
    Duration retention();

    /** Retries in place: the partition waits, so later events of the same aggregate do not overtake the event. */
    interface Retry {

        /** Attempts in all for a transient failure (a lock conflict, a deadlock, a lost connection). */
        @WithDefault("14")
        int transientAttempts();

        /** Attempts in all for any other failure of the handler. */
        @WithDefault("3")
        int otherAttempts();

        /** The wait before the second attempt; each further wait doubles, up to {@link #maxBackoff()}. */
        @WithDefault("100ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();
    }
}
