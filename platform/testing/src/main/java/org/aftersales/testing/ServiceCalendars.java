package org.aftersales.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.aftersales.calendar.ServiceCalendar;

/** The calendars of hand-computed cases: local times in Asia/Shanghai, service hours 08:30–17:30. */
public final class ServiceCalendars {

    private ServiceCalendars() {
    }

    /**
     * @param kind {@code 7x24} (always open) or {@code hours} (08:30–17:30 on China's working days)
     */
    public static ServiceCalendar calendar(String kind) {
        return switch (kind) {
            case "7x24" -> ServiceCalendar.alwaysOpen(ServiceCalendar.DEFAULT_ZONE);
            case "hours" -> ServiceCalendar.serviceHours(LocalTime.of(8, 30), LocalTime.of(17, 30),
                    ServiceCalendar.DEFAULT_ZONE);
            default -> throw new IllegalArgumentException("no test calendar " + kind);
        };
    }

    /** A local time of the cases, in the calendars' zone. */
    public static Instant at(LocalDateTime local) {
        return local.atZone(ServiceCalendar.DEFAULT_ZONE).toInstant();
    }
}
