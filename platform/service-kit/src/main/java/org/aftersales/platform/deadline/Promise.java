package org.aftersales.platform.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.aftersales.calendar.ServiceCalendar;

/**
 * What a deadline promises (承诺时限), counted on a {@link ServiceCalendar}: an amount of business time (e.g. a spare
 * part on site within 4 h, 4小时到货) or a number of working days (e.g. a return visit within 3 working days,
 * 3个工作日内回访; the start day does not count).
 */
public sealed interface Promise {

    /** @param businessTime the business time allowed, zero or more */
    static Promise within(Duration businessTime) {
        return new BusinessTime(businessTime);
    }

    /** @param days the working days allowed, one or more */
    static Promise workingDays(int days) {
        return new WorkingDays(days);
    }

    /** Reads {@link #text()} back: an ISO-8601 duration ({@code PT4H}) or {@code 3 working days}. */
    static Promise parse(String text) {
        String trimmed = text.strip();
        for (String unit : new String[] {" working days", " working day"}) {
            if (trimmed.endsWith(unit)) {
                try {
                    return workingDays(Integer.parseInt(trimmed.substring(0, trimmed.length() - unit.length())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number of working days: " + text, e);
                }
            }
        }
        try {
            return within(Duration.parse(trimmed));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a promise (PT4H or 3 working days): " + text, e);
        }
    }

    /** When the promise falls due for a deadline started at {@code start}. */
    ServiceCalendar.Due dueAfter(Instant start, ServiceCalendar calendar);

    /** How the promise is written in stored records and breaches, e.g. {@code PT4H} or {@code 3 working days}. */
    String text();

    /** Business time on the calendar (服务时间), e.g. 4 h within service hours. */
    record BusinessTime(Duration time) implements Promise {

        public BusinessTime {
            Objects.requireNonNull(time, "time");
            if (time.isNegative()) {
                throw new IllegalArgumentException("a promise's business time must not be negative: " + time);
            }
        }

        @Override
        public ServiceCalendar.Due dueAfter(Instant start, ServiceCalendar calendar) {
            Instant at = calendar.deadline(start, time);
            return new ServiceCalendar.Due(at, calendar.guessed(start, at));
        }

        @Override
        public String text() {
            return time.toString();
        }
    }

    /** Working days (工作日): due at the end of the {@code days}-th working day after the start's day. */
    record WorkingDays(int days) implements Promise {

        public WorkingDays {
            if (days < 1) {
                throw new IllegalArgumentException("a promise's working days must be at least 1: " + days);
            }
        }

        @Override
        public ServiceCalendar.Due dueAfter(Instant start, ServiceCalendar calendar) {
            return calendar.addWorkingDays(start, days);
        }

        @Override
        public String text() {
            return days == 1 ? "1 working day" : days + " working days";
        }
    }
}
