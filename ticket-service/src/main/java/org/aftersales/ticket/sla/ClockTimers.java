package org.aftersales.ticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.aftersales.platform.timer.Timer;
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
    private static final List<String> KINDS = List.of(WARNING_TIMER, BREACH_TIMER);

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
        timers.keep(clock.id.toString(), KINDS, settle(clock, store.clockOf(clock, terms), now));
    }

    /**
     * Stores a new ticket's clocks with their deadlines and warnings and schedules all their timers in one statement.
     * No pause can stop them yet (a pause is of a ticket that exists), so none is read.
     */
    void startFirst(List<TicketClock> clocks, SlaTerms terms, Instant now) {
        start(clocks, clock -> store.unpausedClockOf(clock, terms), now);
    }

    /** Stores a clock started on a running ticket, whose pauses may already stop it, and schedules its timers. */
    void start(TicketClock clock, SlaTerms terms, Instant now) {
        start(List.of(clock), each -> store.clockOf(each, terms), now);
    }

    /**
     * Each clock stored once, with the deadline and warning it starts with: set before it is persisted, so that it is
     * one insert rather than an insert and an update.
     */
    private void start(List<TicketClock> clocks, Function<TicketClock, SlaClock> computed, Instant now) {
        List<Timer> due = new ArrayList<>(2 * clocks.size());
        for (TicketClock clock : clocks) {
            due.addAll(settle(clock, computed.apply(clock), now));
            clock.persist();
        }
        timers.schedule(due);
    }

    /**
     * Sets the clock's stored deadline and warning from {@code computed} and gives the timers it needs now: none when
     * it is met, stopped or paused; else its warning (unless warned, breached, or not before the deadline) and its
     * breach (unless breached).
     */
    private List<Timer> settle(TicketClock clock, SlaClock computed, Instant now) {
        if (!clock.counting()) {
            SlaClock.Reading reading = store.read(clock, computed, now);
            clock.deadline = reading.deadline();
            clock.warningAt = reading.warningAt();
            return List.of();
        }
        SlaClock.Reading reading = computed.at(now);
        if (reading.state() == SlaClock.State.PAUSED) {
            clock.deadline = null;
            clock.warningAt = null;
            return List.of();
        }
        clock.deadline = reading.deadline();
        clock.warningAt = reading.warningAt();
        String subject = clock.id.toString();
        List<Timer> due = new ArrayList<>(2);
        if (clock.warnedAt == null && clock.breachedAt == null && reading.state() != SlaClock.State.BREACHED
                && reading.warningAt().isBefore(reading.deadline())) {
            due.add(new Timer(WARNING_TIMER, subject, reading.warningAt()));
        }
        if (clock.breachedAt == null) {
            due.add(new Timer(BREACH_TIMER, subject, reading.deadline()));
        }
        return due;
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
