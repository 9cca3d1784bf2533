package org.aftersales.ticket.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.aftersales.calendar.ChinaCalendar;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.ticket.sla.SlaClock.Pause;

/**
 * The reference: walks minute by minute and asks of each minute whether the clock runs in it. Obviously
 * right and slow; valid for minute-aligned instants, service hours and closed pauses.
 */
final class MinuteByMinute {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private MinuteByMinute() {
    }

    /** The end of the minute in which the running time reaches {@code target}. */
    static Instant deadline(ServiceCalendar calendar, Instant start, Duration target, List<Pause> pauses) {
        Instant minute = start;
        for (long counted = 0; counted < target.toMinutes(); minute = minute.plus(MINUTE)) {
            if (runs(calendar, minute, pauses)) {
                counted++;
            }
        }
        return minute;
    }

    /** The running time from {@code from} to {@code to}. */
    static Duration elapsed(ServiceCalendar calendar, Instant from, Instant to, List<Pause> pauses) {
        long counted = 0;
        for (Instant minute = from; minute.isBefore(to); minute = minute.plus(MINUTE)) {
            if (runs(calendar, minute, pauses)) {
                counted++;
            }
        }
        return Duration.ofMinutes(counted);
    }

    private static boolean runs(ServiceCalendar calendar, Instant minute, List<Pause> pauses) {
        for (Pause pause : pauses) {
            if (!minute.isBefore(pause.from()) && minute.isBefore(pause.to())) {
                return false;
            }
        }
        return switch (calendar) {
            case ServiceCalendar.AlwaysOpen always -> true;
            case ServiceCalendar.ServiceHours hours -> {
                LocalDateTime local = LocalDateTime.ofInstant(minute, hours.zone());
                yield ChinaCalendar.instance().isWorkingDay(local.toLocalDate())
                        && !local.toLocalTime().isBefore(hours.opens())
                        && local.toLocalTime().isBefore(hours.closes());
            }
        };
    }
}
