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

    /** How many events one relay pass publishes at most. */
    @WithDefault("500")
    int batchSize();

    /** How long the broker may take to acknowledge a batch before the pass fails and is retried. */
    @WithDefault("15s")
    Duration publishTimeout();

    /** How long published events stay in the table (for audit and replay) before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
