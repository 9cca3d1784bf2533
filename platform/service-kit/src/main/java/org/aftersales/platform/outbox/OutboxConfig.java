package org.aftersales.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay ({@code aftersales.outbox.*}). */
@ConfigMapping(prefix = "aftersales.outbox")
public interface OutboxConfig {

    /**
     * How often the relay looks for unpublished events, e.g. {@code 1s} (the scheduler's finest); {@code off} stops the
     * scheduled relay. Its default is in the kit's {@code META-INF/microprofile-config.properties}
     * because the scheduler reads it too.
     */
    String pollInterval();

    /**
     * Whether a commit that recorded events starts a relay pass at once (the poll then only catches up); off, events
     * wait for the next poll. Never with {@code poll-interval=off}.
     */
    @WithDefault("true")
    boolean wakeOnCommit();

    /** How many events one relay pass publishes at most. */
    @WithDefault("500")
    int batchSize();

    /**
     * How long one pass may send and wait for the broker's acknowledgements; what is not acknowledged by then waits
     * for the next pass. A send waits at most a third of it for the broker's metadata ({@code max.block.ms}).
     */
    @WithDefault("15s")
    Duration publishTimeout();

    /**
     * After how many passes an event the broker does not acknowledge, while it acknowledges others, is parked (its
     * topic is missing, say). An event the broker refuses for good (too large) is parked at once.
     */
    @WithDefault("3")
    int parkAfter();

    /** How long published events stay in the table (for audit and replay) before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
