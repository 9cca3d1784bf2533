package org.aftersales.platform.deadline;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.calendar.ServiceCalendar;

/**
 * What {@link Deadlines#start} starts: a promise of a kind about a subject, counted from {@code start} on a calendar.
 *
 * @param warningPercent the warning share in percent, null for the service's default
 *        ({@code aftersales.deadline.warning-percent}, 75)
 * @param responsible who answers for keeping it, or null
 */
public record DeadlineSpec(String kind, String subject, Promise promise, ServiceCalendar calendar, Instant start,
        Integer warningPercent, String responsible) {

    /** The longest kind: it names the service's listener, not data. */
    public static final int KIND_LENGTH = 64;
    /** The longest subject and responsible party. */
    public static final int SUBJECT_LENGTH = 255;

    public DeadlineSpec {
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(start, "start");
        requireText("kind", kind, KIND_LENGTH);
        requireText("subject", subject, SUBJECT_LENGTH);
        if (responsible != null) {
            requireText("responsible", responsible, SUBJECT_LENGTH);
        }
    }

    public static DeadlineSpec of(String kind, String subject, Promise promise, ServiceCalendar calendar,
            Instant start) {
        return new DeadlineSpec(kind, subject, promise, calendar, start, null, null);
    }

    /** The same, warning at {@code percent} of the promise instead of the default. */
    public DeadlineSpec warningAt(int percent) {
        return new DeadlineSpec(kind, subject, promise, calendar, start, percent, responsible);
    }

    /** The same, with who answers for keeping it. */
    public DeadlineSpec responsible(String party) {
        return new DeadlineSpec(kind, subject, promise, calendar, start, warningPercent, party);
    }

    private static void requireText(String name, String value, int longest) {
        if (value == null || value.isBlank() || value.length() > longest) {
            throw new IllegalArgumentException(name + " must be 1 to " + longest + " characters: " + value);
        }
    }
}
