package org.aftersales.ticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.platform.timer.TimerHandler;

/**
 * The persistent timers of SLA clocks: a warning and a breach timer per counting clock, subject = clock id. Each locks
 * the clock's ticket before the poller locks the timer: the ticket, its clocks, then their timers, as requests do.
 */
final class SlaTimerHandlers {

    private SlaTimerHandlers() {
    }

    @ApplicationScoped
    static class WarningTimer implements TimerHandler {

        private final ClockTimers clocks;

        WarningTimer(ClockTimers clocks) {
            this.clocks = clocks;
        }

        @Override
        public String kind() {
            return ClockTimers.WARNING_TIMER;
        }

        @Override
        public void lock(String subject) {
            clocks.lockTicketOf(UUID.fromString(subject));
        }

        @Override
        public void fire(String subject, Instant dueAt, Instant now) {
            clocks.warningDue(UUID.fromString(subject), now);
        }
    }

    @ApplicationScoped
    static class BreachTimer implements TimerHandler {

        private final ClockTimers clocks;

        BreachTimer(ClockTimers clocks) {
            this.clocks = clocks;
        }

        @Override
        public String kind() {
            return ClockTimers.BREACH_TIMER;
        }

        @Override
        public void lock(String subject) {
            clocks.lockTicketOf(UUID.fromString(subject));
        }

        @Override
        public void fire(String subject, Instant dueAt, Instant now) {
            clocks.breachDue(UUID.fromString(subject), now);
        }
    }
}
