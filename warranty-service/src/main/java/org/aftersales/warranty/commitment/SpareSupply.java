package org.aftersales.warranty.commitment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 备品备件: what parts-service must keep and deliver.
 *
 * @param delivery           spare part or backup unit on site within this limit (seed 000: 4 h)
 * @param backupUnits        the delivery promise covers whole backup units (备机), not only parts (seed 000)
 * @param minimumLocalStockPercent local spare stock of at least this share of the installed quantity (seed 002: 3 %)
 */
public record SpareSupply(Optional<TimeLimit> delivery, boolean backupUnits, Optional<BigDecimal> minimumLocalStockPercent) {
}
