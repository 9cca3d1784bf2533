package org.aftersales.warranty.commitment;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

/**
 * 服务时间: when the promised clocks run. Elapsed time limits are measured on this calendar.
 *
 * @param coverage       7×24×365 (seeds 002, 003) or working hours on working days (seed 003's hotline)
 * @param zone           the calendar's time zone; {@code Asia/Shanghai} unless the document says otherwise
 * @param workingHours   the hours of a working day; present exactly when coverage is {@link Coverage#WORKING_HOURS}
 * @param holidayCalendar which public-holiday calendar decides working days and 调休; {@code CN} by default
 * @param offHoursDuty   off-hours duty phone, SMS or mail are staffed outside working hours (seed 003)
 * @param hotlineChangeNotice how long before a hotline number changes customers are told (seed 000: 3 days)
 */
public record ServiceHours(
        Coverage coverage,
        ZoneId zone,
        Optional<WorkingHours> workingHours,
        String holidayCalendar,
        boolean offHoursDuty,
        Optional<Period> hotlineChangeNotice) {

    /** The time zone of every template and of documents that name none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** The public-holiday calendar of documents that name none: mainland China, with 调休. */
    public static final String DEFAULT_HOLIDAY_CALENDAR = "CN";

    /** When service is given. */
    public enum Coverage {
        /** 7×24×365: every hour of every day. */
        ALWAYS,
        /** Only within {@link ServiceHours#workingHours} on working days of the holiday calendar. */
        WORKING_HOURS
    }

    /** The hours of a working day, e.g. 08:30–17:30; {@code from} is before {@code to}. */
    public record WorkingHours(LocalTime from, LocalTime to) {
    }
}
