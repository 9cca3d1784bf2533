package org.aftersales.parts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of parts-service ({@code aftersales.parts.*}). */
@ConfigMapping(prefix = "aftersales.parts")
public interface PartsConfig {

    /** How long a reservation holds its stock unless the part is issued; then it is released as EXPIRED. */
    @WithDefault("PT48H")
    Duration reservationHold();

    /** How soon after a repair the old part (旧件) it took out is expected back; later, it is overdue. */
    @WithDefault("P7D")
    Duration oldPartReturnWithin();

    /** How long a backup unit (备机) may be out on loan before it is overdue. */
    @WithDefault("P30D")
    Duration loanLimit();
}
