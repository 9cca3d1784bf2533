package org.aftersales.platform.deadline;

import java.time.LocalTime;
import java.time.ZoneId;
import org.aftersales.calendar.ServiceCalendar;

/** A deadline's calendar as its column holds it: {@code ALWAYS Asia/Shanghai} or {@code 08:30-17:30 Asia/Shanghai}. */
final class StoredCalendar {

    private static final String ALWAYS = "ALWAYS";

    private StoredCalendar() {
    }

    static String text(ServiceCalendar calendar) {
        return switch (calendar) {
            case ServiceCalendar.AlwaysOpen open -> ALWAYS + " " + open.zone().getId();
            case ServiceCalendar.ServiceHours hours ->
                    hours.opens() + "-" + hours.closes() + " " + hours.zone().getId();
        };
    }

    static ServiceCalendar parse(String text) {
        String[] parts = text.split(" ", 2);
        ZoneId zone = ZoneId.of(parts[1]);
        if (parts[0].equals(ALWAYS)) {
            return ServiceCalendar.alwaysOpen(zone);
        }
        String[] hours = parts[0].split("-", 2);
        return ServiceCalendar.serviceHours(LocalTime.parse(hours[0]), LocalTime.parse(hours[1]), zone);
    }
}
