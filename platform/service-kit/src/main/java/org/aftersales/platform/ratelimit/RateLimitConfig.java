package org.aftersales.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the per-client rate limit ({@code aftersales.rate-limit.*}), per service replica. */
@ConfigMapping(prefix = "aftersales.rate-limit")
public interface RateLimitConfig {

    /** Whether requests are limited per verified client. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per second one client (one token subject of one client application) may send on average. */
    @WithDefault("50")
    double perSecond();

    /** Requests one client may send at once above the rate. */
    @WithDefault("100")
    int burst();

    /**
     * Requests per second one address may send, on average, to the anonymous paths without a token
     * ({@code aftersales.anonymous-api.paths}).
     */
    @WithDefault("1")
    double anonymousPerSecond();

    /** Requests one address may send at once, above that rate, to the anonymous paths. */
    @WithDefault("20")
    int anonymousBurst();
}
