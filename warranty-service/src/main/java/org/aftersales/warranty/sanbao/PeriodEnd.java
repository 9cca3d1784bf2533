package org.aftersales.warranty.sanbao;

import java.time.LocalDate;

/**
 * A period computed for the claimed component under one policy: its start after any restart, and its last day
 * after extensions.
 */
public record PeriodEnd(String policyId, Kind kind, String coverage, LocalDate start, LocalDate lastDay, long kmLimit) {

    /** 三包有效期 (exchange and refund) or 包修期 (free repair). */
    public enum Kind { SANBAO, FREE_REPAIR }
}
