package org.aftersales.warranty.sanbao;

import java.time.LocalDate;
import java.time.Period;

/**
 * The one rule for the last day of a period, for the engine's periods and the entitlement alike (民法典 §§201–203):
 * the start day does not count (§201), so a period in years or months ends on the corresponding day of the end month,
 * or on that month's last day where it has no corresponding day (§202: 2024-02-29 + 1 year ends 2025-02-28); days the
 * period is extended by follow; where the policy says so, a last day that is not a working day moves to the next
 * working day (§203, and the 1995, 2002 rules' 释义).
 */
public final class LastDay {

    private LastDay() {
    }

    /** The last day of {@code period} from {@code start}, extended by {@code extensionDays}. */
    public static LocalDate of(LocalDate start, Period period, long extensionDays, boolean rollsPastHoliday,
            WorkingDayCalendar calendar) {
        LocalDate last = start.plus(period).plusDays(extensionDays);
        while (rollsPastHoliday && !calendar.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** Whether {@code day} lies in the period from {@code start} to {@code lastDay}, both included. */
    public static boolean within(LocalDate day, LocalDate start, LocalDate lastDay) {
        return !day.isBefore(start) && !day.isAfter(lastDay);
    }
}
