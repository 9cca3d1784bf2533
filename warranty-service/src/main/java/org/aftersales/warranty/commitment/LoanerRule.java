package org.aftersales.warranty.commitment;

import java.time.Duration;

/**
 * 备机: when the customer gets a loaner (backup) unit, always at the vendor's cost.
 *
 * @param repairLongerThan a repair expected to take longer than this (seed 002: 2 days; seed 003: 24 h)
 * @param onlyWhenReturnedToFactory only when the device must go back to the factory (seed 003: 需返回厂家修理)
 */
public record LoanerRule(Duration repairLongerThan, boolean onlyWhenReturnedToFactory) {
}
