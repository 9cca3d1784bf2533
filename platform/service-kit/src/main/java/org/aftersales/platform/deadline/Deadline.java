package org.aftersales.platform.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;

/**
 * A promise deadline (承诺时限) of one {@code kind} about one {@code subject}: started at {@code startedAt}, due at
 * {@code dueAt} on its calendar, warning at {@code warningAt} (the warning share of the business time to the due
 * instant; null when there is no warning). Plain Java: every change returns a new value, {@link Deadlines} stores it.
 *
 * @param kind what is promised, e.g. {@code spare-on-site}, {@code complaint-contact}; one listener per kind
 * @param subject what it is about, e.g. the spare request's id
 * @param warningPercent the share of the business time, in percent, at which it warns (100: no warning)
 * @param responsible who answers for keeping it (a team, a supplier), copied into its breach; may be null
 * @param guessed whether the due instant rests on a year whose holidays are not announced yet
 * @param metAt when it was met, null while it is not
 */
public record Deadline(UUID id, String kind, String subject, Promise promise, ServiceCalendar calendar,
        int warningPercent, String responsible, Instant startedAt, Instant warningAt, Instant dueAt, boolean guessed,
        DeadlineState state, Instant metAt) {

    /** The share of a promise at which a deadline warns unless it says otherwise (also the kit's default setting). */
    public static final int DEFAULT_WARNING_PERCENT = 75;

    public Deadline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        requireWarningPercent(warningPercent);
    }

    /** A deadline of {@code spec} counting from its start, warning at {@code warningPercent} of it. */
    public static Deadline start(UUID id, DeadlineSpec spec, int warningPercent) {
        return plan(id, spec.kind(), spec.subject(), spec.promise(), spec.calendar(), warningPercent,
                spec.responsible(), spec.start());
    }

    /** The same promise counted anew from {@code start} (e.g. a reopened complaint): running, not met. */
    public Deadline restarted(Instant start) {
        return plan(id, kind, subject, promise, calendar, warningPercent, responsible, start);
    }

    /** Past its warning instant: a running deadline warns; any other is unchanged. */
    public Deadline warned() {
        return state == DeadlineState.RUNNING ? with(DeadlineState.WARNING, null) : this;
    }

    /** Past its due instant: a running or warning deadline is breached; any other is unchanged. */
    public Deadline breached() {
        return state == DeadlineState.RUNNING || state == DeadlineState.WARNING
                ? with(DeadlineState.BREACHED, null) : this;
    }

    /**
     * Kept at {@code at}: MET when at or before the due instant, MET_LATE after it. A deadline already met or
     * cancelled is unchanged (the first meeting counts).
     */
    public Deadline met(Instant at) {
        if (!state.isOpen()) {
            return this;
        }
        if (at.isBefore(startedAt)) {
            throw new IllegalArgumentException("a deadline cannot be met before it started: " + at);
        }
        boolean late = state == DeadlineState.BREACHED || at.isAfter(dueAt);
        return with(late ? DeadlineState.MET_LATE : DeadlineState.MET, at);
    }

    /** No longer owed: an open deadline is cancelled; one already met or cancelled is unchanged. */
    public Deadline cancelled() {
        return state.isOpen() ? with(DeadlineState.CANCELLED, null) : this;
    }

    private Deadline with(DeadlineState newState, Instant newMetAt) {
        return new Deadline(id, kind, subject, promise, calendar, warningPercent, responsible, startedAt, warningAt,
                dueAt, guessed, newState, newMetAt);
    }

    private static Deadline plan(UUID id, String kind, String subject, Promise promise, ServiceCalendar calendar,
            int warningPercent, String responsible, Instant start) {
        requireWarningPercent(warningPercent);
        ServiceCalendar.Due due = promise.dueAfter(start, calendar);
        return new Deadline(id, kind, subject, promise, calendar, warningPercent, responsible, start,
                warningAt(calendar, start, due.at(), warningPercent), due.at(), due.guessed(), DeadlineState.RUNNING,
                null);
    }

    /**
     * The instant at which {@code warningPercent} of the business time from start to due has passed; null when that
     * is not before the due instant (100 %, or a promise of no business time).
     */
    static Instant warningAt(ServiceCalendar calendar, Instant start, Instant due, int warningPercent) {
        Duration share = calendar.elapsed(start, due).multipliedBy(warningPercent).dividedBy(100);
        if (share.isZero()) {
            return null;
        }
        Instant at = calendar.deadline(start, share);
        return at.isBefore(due) ? at : null;
    }

    private static void requireWarningPercent(int warningPercent) {
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException("the warning share must be 1 to 100 percent: " + warningPercent);
        }
    }
}
