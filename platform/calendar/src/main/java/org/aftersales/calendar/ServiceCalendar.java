package org.aftersales.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When SLA clocks run (服务日历): business time. Either {@link AlwaysOpen} (7×24) or {@link ServiceHours}
 * (e.g. 08:30–17:30 on China's working days, holidays and 调休 included). The arithmetic jumps from one
 * day's service window to the next, never minute by minute.
 */
public sealed interface ServiceCalendar {

    /** The zone of a commitment that names none. */
    ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    static ServiceCalendar alwaysOpen(ZoneId zone) {
        return new AlwaysOpen(zone);
    }

    static ServiceCalendar serviceHours(LocalTime opens, LocalTime closes, ZoneId zone) {
        return new ServiceHours(opens, closes, zone);
    }

    ZoneId zone();

    /** The earliest instant by which {@code businessTime} of business time has passed since {@code start}. */
    Instant deadline(Instant start, Duration businessTime);

    /** The business time within [{@code from}, {@code to}); zero when {@code to} is not after {@code from}. */
    Duration elapsed(Instant from, Instant to);

    /**
     * Whether the business time from {@code from} to {@code to} rests on a year whose holidays are not
     * announced yet, for which only weekends are known to be off (推算): the UI says such a deadline may move.
     */
    boolean guessed(Instant from, Instant to);

    /**
     * The end of the {@code days}-th working day (工作日) after the day of {@code start}, in the zone: the day
     * of {@code start} does not count (开始的当日不计入), whatever the hour. The end of a working day is the
     * closing time of {@link ServiceHours}, midnight for {@link AlwaysOpen}. Example: 3 working days from
     * Friday 2026-09-25 14:00 (中秋节 Friday to Sunday off) end on Wednesday 2026-09-30.
     */
    default Due addWorkingDays(Instant start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("working days must be at least 1: " + days);
        }
        LocalDate first = LocalDate.ofInstant(start, zone());
        LocalDate day = first;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (ChinaCalendar.instance().isWorkingDay(day)) {
                counted++;
            }
        }
        return new Due(endOfWorkingDay(day), guessed(first, day));
    }

    /** Where a working day ends, for {@link #addWorkingDays}. */
    Instant endOfWorkingDay(LocalDate day);

    /** A due instant and whether it rests on a year whose holidays are not announced yet (see {@link #guessed}). */
    record Due(Instant at, boolean guessed) {

        public Due {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Service around the clock, every day (7×24). */
    record AlwaysOpen(ZoneId zone) implements ServiceCalendar {

        public AlwaysOpen {
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public Instant deadline(Instant start, Duration businessTime) {
            requireNotNegative(businessTime);
            return start.plus(businessTime);
        }

        @Override
        public Duration elapsed(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }

        @Override
        public boolean guessed(Instant from, Instant to) {
            return false;
        }

        @Override
        public Instant endOfWorkingDay(LocalDate day) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    /** Service from {@code opens} to {@code closes} (the same day) on China's working days. */
    record ServiceHours(LocalTime opens, LocalTime closes, ZoneId zone) implements ServiceCalendar {

        public ServiceHours {
            Objects.requireNonNull(zone, "zone");
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException(
                        "service hours must open before they close: " + opens + "–" + closes);
            }
        }

        @Override
        public Instant deadline(Instant start, Duration businessTime) {
            requireNotNegative(businessTime);
            if (businessTime.isZero()) {
                return start;
            }
            Duration left = businessTime;
            for (LocalDate day = LocalDate.ofInstant(start, zone); ; day = day.plusDays(1)) {
                if (!ChinaCalendar.instance().isWorkingDay(day)) {
                    continue;
                }
                Instant open = latest(opening(day), start);
                Instant close = closing(day);
                if (open.isBefore(close)) {
                    Duration available = Duration.between(open, close);
                    if (left.compareTo(available) <= 0) {
                        return open.plus(left);
                    }
                    left = left.minus(available);
                }
            }
        }

        @Override
        public Duration elapsed(Instant from, Instant to) {
            Duration sum = Duration.ZERO;
            LocalDate last = LocalDate.ofInstant(to, zone);
            for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
                if (ChinaCalendar.instance().isWorkingDay(day)) {
                    Instant open = latest(opening(day), from);
                    Instant close = earliest(closing(day), to);
                    if (open.isBefore(close)) {
                        sum = sum.plus(Duration.between(open, close));
                    }
                }
            }
            return sum;
        }

        @Override
        public boolean guessed(Instant from, Instant to) {
            return to.isAfter(from)
                    && ServiceCalendar.guessed(LocalDate.ofInstant(from, zone), LocalDate.ofInstant(to, zone));
        }

        @Override
        public Instant endOfWorkingDay(LocalDate day) {
            return closing(day);
        }

        private Instant opening(LocalDate day) {
            return ZonedDateTime.of(day, opens, zone).toInstant();
        }

        private Instant closing(LocalDate day) {
            return ZonedDateTime.of(day, closes, zone).toInstant();
        }
    }

    private static boolean guessed(LocalDate first, LocalDate last) {
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (!ChinaCalendar.instance().isAnnounced(year)) {
                return true;
            }
        }
        return false;
    }

    private static void requireNotNegative(Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative: " + businessTime);
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
