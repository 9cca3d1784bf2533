package org.aftersales.notification.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours in which a person wants no message that can wait (免打扰时段), e.g. 22:00 to 07:30 in China time; the
 * span may pass midnight. It starts at {@code from} and ends at {@code to}, excluded.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }

    /** When a message that can wait is sent if it is ready now: at the end of the quiet hours, if now is in them. */
    public Optional<Instant> heldUntil(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean passesMidnight = to.isBefore(from);
        if (!passesMidnight) {
            return !time.isBefore(from) && time.isBefore(to) ? Optional.of(at(day, to)) : Optional.empty();
        }
        if (!time.isBefore(from)) {
            return Optional.of(at(day.plusDays(1), to));
        }
        return time.isBefore(to) ? Optional.of(at(day, to)) : Optional.empty();
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
