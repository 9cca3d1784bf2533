package org.aftersales.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the Idempotency-Key store ({@code aftersales.idempotency.*}). */
@ConfigMapping(prefix = "aftersales.idempotency")
public interface IdempotencyConfig {

    /** How long a caller's key answers its first result again; older keys are forgotten and pruned. */
    @WithDefault("PT24H")
    Duration retention();
}
