package org.aftersales.ticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.platform.timer.Timers;
import org.aftersales.ticket.intake.Ticket;

/**
 * Each counting clock's next warning and breach as persistent timers (subject = clock id), kept where they now fall,
 * and what happens when one is due. Locks are taken in one order, by requests and timers alike: the ticket, then its
 * clocks, then their timers ({@link #lockTicketOf} runs before the poller locks the timer row), so that the two never
 * wait for each other in opposite orders.
 */
@ApplicationScoped
class ClockTimers {

    static final String WARNING_TIMER = "sla-warning";
    static final String BREACH_TIMER = "sla-breach";

    private final Timers timers;
    private final ClockStore store;
    private final SlaAlerts alerts;

    ClockTimers(Timers timers, ClockStore store, SlaAlerts alerts) {
        this.timers = timers;
        this.store = store;
        this.alerts = alerts;
    }

    /** Keeps the stored deadline and warning current and the clock's timers where they now fall. */
    void recompute(TicketClock clock, SlaTerms terms, Instant now) {
        String subject = clock.id.toString();
        if (clock.metAt != null || clock.stoppedAt != null) {
            SlaClock.Reading reading = store.read(clock, terms, now);
            clock.deadline = reading.deadline();
            clock.warningAt = reading.warningAt();
            cancel(subject);
            return;
        }
        SlaClock.Reading reading = store.clockOf(clock, terms).at(now);
        if (reading.state() == SlaClock.State.PAUSED) {
            clock.deadline = null;
            clock.warningAt = null;
            cancel(subject);
            return;
        }
        clock.deadline = reading.deadline();
        clock.warningAt = reading.warningAt();
        if (clock.warnedAt == null && clock.breachedAt == null && reading.state() != SlaClock.State.BREACHED
                && reading.warningAt().isBefore(reading.deadline())) {
            timers.schedule(WARNING_TIMER, subject, reading.warningAt());
        } else {
            timers.cancel(WARNING_TIMER, subject);
        }
        if (clock.breachedAt == null) {
            timers.schedule(BREACH_TIMER, subject, reading.deadline());
        } else {
            timers.cancel(BREACH_TIMER, subject);
        }
    }

    /**
     * A warning timer is due: warns once if the clock is still counting past its warning share. A clock
     * already past its deadline is not warned: its breach says more.
     */
    void warningDue(UUID clockId, Instant now) {
        locked(clockId).ifPresent(clock -> {
            SlaTerms terms = store.terms(clock.ticketId).orElseThrow();
            SlaClock.Reading reading = store.read(clock, terms, now);
            if (reading.state() == SlaClock.State.WARNING && clock.warnedAt == null) {
                alerts.warn(clock, terms, reading, now);
            } else {
                recompute(clock, terms, now);
            }
        });
    }

    /** A breach timer is due: stores the breach once if the clock is past its deadline unmet. */
    void breachDue(UUID clockId, Instant now) {
        locked(clockId).ifPresent(clock -> {
            SlaTerms terms = store.terms(clock.ticketId).orElseThrow();
            SlaClock.Reading reading = store.read(clock, terms, now);
            if (reading.state() != SlaClock.State.BREACHED || clock.breachedAt != null) {
                recompute(clock, terms, now);
                return;
            }
            timers.cancel(WARNING_TIMER, clock.id.toString());
            alerts.breach(clock, terms, reading, now);
        });
    }

    private void cancel(String subject) {
        timers.cancel(WARNING_TIMER, subject);
        timers.cancel(BREACH_TIMER, subject);
    }

    /** Locks the ticket of the clock, if the clock is still there: the first lock a firing timer takes. */
    void lockTicketOf(UUID clockId) {
        TicketClock.<TicketClock>findByIdOptional(clockId)
                .ifPresent(clock -> Ticket.findById(clock.ticketId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The clock, after a row lock on its ticket: the order every writer of both takes (ticket, then clocks). */
    private Optional<TicketClock> locked(UUID clockId) {
        return TicketClock.<TicketClock>findByIdOptional(clockId).map(clock -> {
            Ticket.findById(clock.ticketId, LockModeType.PESSIMISTIC_WRITE);
            TicketClock.getEntityManager().refresh(clock);
            return clock;
        });
    }
}
