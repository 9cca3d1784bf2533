package org.aftersales.platform.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.platform.timer.TimerHandler;
import org.aftersales.platform.timer.Timers;

/**
 * The persistent timers of deadlines' warnings and breaches (subject: the deadline's id). Each re-reads its deadline
 * with the row locked, in the timer's transaction: one that finds it moved on (met, cancelled, restarted, due later)
 * does only what the deadline now needs. The deadline's row is locked before the timer's ({@code lock}), as changes do.
 */
final class DeadlineTimers {

    private DeadlineTimers() {
    }

    /** Warns a running deadline at its warning instant; not one already due (its breach follows). */
    @ApplicationScoped
    static class WarningTimer implements TimerHandler {

        private final Deadlines deadlines;
        private final Timers timers;

        WarningTimer(Deadlines deadlines, Timers timers) {
            this.deadlines = deadlines;
            this.timers = timers;
        }

        @Override
        public String kind() {
            return Deadlines.WARNING_TIMER;
        }

        @Override
        public void lock(String subject) {
            deadlines.lock(UUID.fromString(subject));
        }

        @Override
        public void fire(String subject, Instant dueAt, Instant now) {
            deadlines.lock(UUID.fromString(subject)).ifPresent(deadline -> {
                if (deadline.state() != DeadlineState.RUNNING || deadline.warningAt() == null
                        || !now.isBefore(deadline.dueAt())) {
                    return;
                }
                if (now.isBefore(deadline.warningAt())) {
                    timers.schedule(kind(), subject, deadline.warningAt());
                } else {
                    deadlines.warn(deadline, now);
                }
            });
        }
    }

    /** Breaches a deadline still open and unbreached at its due instant. */
    @ApplicationScoped
    static class BreachTimer implements TimerHandler {

        private final Deadlines deadlines;
        private final Timers timers;

        BreachTimer(Deadlines deadlines, Timers timers) {
            this.deadlines = deadlines;
            this.timers = timers;
        }

        @Override
        public String kind() {
            return Deadlines.BREACH_TIMER;
        }

        @Override
        public void lock(String subject) {
            deadlines.lock(UUID.fromString(subject));
        }

        @Override
        public void fire(String subject, Instant dueAt, Instant now) {
            deadlines.lock(UUID.fromString(subject)).ifPresent(deadline -> {
                if (deadline.state() != DeadlineState.RUNNING && deadline.state() != DeadlineState.WARNING) {
                    return;
                }
                if (now.isBefore(deadline.dueAt())) {
                    timers.schedule(kind(), subject, deadline.dueAt());
                } else {
                    deadlines.breach(deadline, now);
                }
            });
        }
    }
}
