package org.aftersales.warranty.sanbao;

import java.time.LocalDate;

/**
 * China's working-day calendar (法定节假日 and 调休 working weekends), for policies whose period's last day rolls
 * past a holiday. Claims use the announced calendar ({@code org.aftersales.calendar.ChinaCalendar});
 * {@link #CALENDAR_DAYS_ONLY} keeps the engine's own tables and benchmark independent of it.
 */
@FunctionalInterface
public interface WorkingDayCalendar {

    /** Every day is a working day: plain calendar days. */
    WorkingDayCalendar CALENDAR_DAYS_ONLY = date -> true;

    boolean isWorkingDay(LocalDate date);
}
