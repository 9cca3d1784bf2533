package org.aftersales.platform.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The dates and instants the services accept: years 0001 to 9999, as ISO 8601 writes them with four digits and
 * PostgreSQL stores them unchanged (it has no year 0, so {@code 0000-01-01} would come back as {@code 0001-01-01},
 * and years beyond about 294276 it cannot store at all).
 */
public final class TimeRange {

    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    public static final String DESCRIPTION = "must be between 0001-01-01 and 9999-12-31";

    private static final Instant FIRST = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END = LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private TimeRange() {
    }

    /** Whether a date or instant (or date-time) lies in the range; other values are not this rule's business. */
    public static boolean contains(Object value) {
        return switch (value) {
            case LocalDate date -> !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
            case LocalDateTime dateTime -> contains(dateTime.toLocalDate());
            case Instant instant -> !instant.isBefore(FIRST) && instant.isBefore(END);
            case OffsetDateTime dateTime -> contains(dateTime.toInstant()) && contains(dateTime.toLocalDate());
            case ZonedDateTime dateTime -> contains(dateTime.toInstant()) && contains(dateTime.toLocalDate());
            case null, default -> true;
        };
    }
}
