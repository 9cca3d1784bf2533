package org.aftersales.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How messages are retried. */
@ConfigMapping(prefix = "aftersales.delivery")
public interface DeliveryConfig {

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("PT5S")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration longestRetry();

    /** How long after it was stored a message that keeps failing is given up (FAILED). */
    @WithDefault("PT24H")
    Duration giveUpAfter();
}
