package org.aftersales.parts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
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

    /**
     * How soon a spare part or backup unit is due on site (7×24) when the ticket's contract promises nothing else
     * (seed 000: 4 hours); the contract's {@code spares.delivery} wins.
     */
    @WithDefault("PT4H")
    Duration spareDelivery();

    /**
     * The loaner term where the ticket's contract has none (seed 002): a backup unit (备机) is lent when the repair is
     * expected to take longer than this; the contract's {@code loaner.repairLongerThan} wins.
     */
    @WithDefault("P2D")
    Duration loanerRepairLongerThan();

    /**
     * The share (percent) of a device's installed quantity kept in local stock where its contract sets none (seed
     * 002: 3); the contract's {@code spares.minimumLocalStockPercent} wins.
     */
    @WithDefault("3")
    BigDecimal minimumLocalStockPercent();
}
