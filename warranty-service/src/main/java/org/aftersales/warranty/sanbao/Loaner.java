package org.aftersales.warranty.sanbao;

import java.time.LocalDate;

/** 备用车/备用机 or transport compensation (交通费用补偿): owed from {@code from} for {@code days} days so far. */
public record Loaner(LocalDate from, long days) {
}
