package org.aftersales.warranty.sanbao;

import java.time.LocalDate;

/**
 * Extension point for China's working-day calendar (法定节假日 and 调休 working weekends). Today the engine uses
 * {@link #CALENDAR_DAYS_ONLY}; plug in a published calendar to roll a period's last day past a holiday.
 */
@FunctionalInterface
public interface WorkingDayCalendar {

    /** Every day is a working day: plain calendar days. */
    WorkingDayCalendar CALENDAR_DAYS_ONLY = date -> true;

    boolean isWorkingDay(LocalDate date);
}
