package org.aftersales.ticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketActionTaken;
import org.aftersales.ticket.intake.TicketKind;
import org.aftersales.ticket.intake.TicketReclassified;
import org.aftersales.ticket.intake.TicketRegistered;
import org.aftersales.ticket.report.ServiceReportSubmitted;
import org.aftersales.ticket.sla.SlaClock.Target;

/**
 * Runs the SLA clocks of tickets (SLA 计时) with the ticket's life: starts them at the report on the ticket's
 * {@link SlaTerms}, meets, pauses, resumes and stops them with the lifecycle, and recomputes them on a
 * reclassification. What is stored is {@link ClockStore}'s, the timers {@link ClockTimers}', what is published
 * {@link SlaAlerts}'.
 *
 * <ul>
 *   <li>Registration starts RESPONSE, ON_SITE and RESOLUTION (unless it runs from arrival) of the ticket's
 *       fault level (RESOLUTION: of its fault type where the terms name one) at {@code reportedAt}; a consultation
 *       only RESPONSE, on the MINOR level's promise; an inspection none.</li>
 *   <li>ACKNOWLEDGE meets RESPONSE; ARRIVE meets ON_SITE (and starts RESOLUTION when it runs from arrival);
 *       RESOLVE meets RESOLUTION, stops ON_SITE when nobody came, and starts the report clocks.</li>
 *   <li>WAIT stops every clock while the terms pause for what the ticket waits for; RESUME restarts them.</li>
 *   <li>REJECT and REOPEN restart RESOLUTION; the time between resolution and reopening does not count.</li>
 *   <li>CANCEL stops every clock not met.</li>
 *   <li>A fault level or type change recomputes the targets from the original start (see
 *       {@link SlaClock#withTarget}); a clock stopped by the lifecycle stays stopped.</li>
 *   <li>An inspection's record starts its report clock (INSPECTION_REPORT), met when the report is delivered.</li>
 * </ul>
 */
@ApplicationScoped
public class SlaClocks {

    private final ClockStore store;
    private final ClockTimers timers;
    private final SlaAlerts alerts;
    private final Clock clock;

    SlaClocks(ClockStore store, ClockTimers timers, SlaAlerts alerts, Clock clock) {
        this.store = store;
        this.timers = timers;
        this.alerts = alerts;
        this.clock = clock;
    }

    void registered(@Observes TicketRegistered registered) {
        Ticket ticket = registered.ticket();
        if (ticket.kind == TicketKind.INSPECTION) {
            return;
        }
        SlaTerms terms = store.termsFor(ticket);
        store.keep(ticket, terms);
        // A new ticket has no clocks and no pauses yet: no lookup of either, each clock one insert, and all their
        // timers one statement (issue 14).
        List<TicketClock> started = new ArrayList<>(3);
        newClock(ticket, terms, Target.RESPONSE, ticket.reportedAt).ifPresent(started::add);
        if (ticket.kind == TicketKind.FAULT) {
            newClock(ticket, terms, Target.ON_SITE, ticket.reportedAt).ifPresent(started::add);
            if (!terms.resolutionFromArrival(levelOf(ticket))) {
                newClock(ticket, terms, Target.RESOLUTION, ticket.reportedAt).ifPresent(started::add);
            }
        }
        timers.startFirst(started, terms, ticket.reportedAt);
    }

    void actionTaken(@Observes TicketActionTaken taken) {
        Ticket ticket = taken.ticket();
        Optional<SlaTerms> found = store.terms(ticket.id);
        if (found.isEmpty()) {
            return;
        }
        SlaTerms terms = found.get();
        Instant at = taken.at();
        switch (taken.action()) {
            case ACKNOWLEDGE -> meet(ticket.id, terms, Target.RESPONSE, at);
            case ARRIVE -> {
                meet(ticket.id, terms, Target.ON_SITE, at);
                if (terms.resolutionFromArrival(levelOf(ticket))) {
                    start(ticket, terms, Target.RESOLUTION, at);
                }
                startReports(ticket, terms, true, at);
            }
            case RESOLVE -> {
                meet(ticket.id, terms, Target.RESOLUTION, at);
                store.clock(ticket.id, Target.ON_SITE).ifPresent(onSite -> stop(onSite, terms,
                        ClockStop.RESOLVED_WITHOUT_VISIT, at));
                startReports(ticket, terms, false, at);
            }
            case WAIT -> {
                if (terms.pausesFor(taken.waitingFor().pauseCondition())) {
                    store.pause(ticket.id, null, taken.waitingFor().pauseCondition(), at);
                    recomputeAll(ticket.id, terms, at);
                }
            }
            case RESUME -> {
                store.endPauses(ticket.id, at);
                recomputeAll(ticket.id, terms, at);
            }
            case REJECT, REOPEN -> store.clock(ticket.id, Target.RESOLUTION)
                    .filter(resolution -> resolution.metAt != null)
                    .ifPresent(resolution -> {
                        ClockPause resolved = store.pause(ticket.id, Target.RESOLUTION,
                                ClockPause.RESOLVED_UNTIL_REOPENED, resolution.metAt);
                        resolved.endedAt = at;
                        resolution.metAt = null;
                        store.standingBreach(resolution).ifPresent(breach -> breach.actualAt = null);
                        timers.recompute(resolution, terms, at);
                    });
            case CANCEL -> store.clocks(ticket.id).forEach(each -> stop(each, terms, ClockStop.CANCELLED, at));
            default -> {
            }
        }
    }

    /**
     * The fault level or type changed: each of RESPONSE, ON_SITE and RESOLUTION takes the new promise, counted from its
     * original start with the time already paused still paused. A clock the new classification does not promise stops
     * (its breach is withdrawn); one it newly promises starts from the report, or restarts if only a classification had
     * stopped it. A clock the lifecycle stopped (a fix by phone, a cancellation) stays stopped.
     */
    void reclassified(@Observes TicketReclassified changed) {
        Ticket ticket = Ticket.findById(changed.ticketId());
        Optional<SlaTerms> found = store.terms(ticket.id);
        if (found.isEmpty()) {
            return;
        }
        SlaTerms terms = found.get();
        Instant at = changed.at();
        for (Target target : List.of(Target.RESPONSE, Target.ON_SITE, Target.RESOLUTION)) {
            Optional<TimeTarget> promise = terms.target(target, levelOf(ticket), ticket.faultType);
            Optional<TicketClock> existing = store.clock(ticket.id, target);
            if (existing.isEmpty()) {
                if (ticket.kind == TicketKind.FAULT
                        && (target != Target.RESOLUTION || !terms.resolutionFromArrival(levelOf(ticket)))) {
                    start(ticket, terms, target, ticket.reportedAt);
                }
                continue;
            }
            TicketClock clock = existing.get();
            if (clock.stoppedBecause != null && clock.stoppedBecause != ClockStop.NOT_PROMISED) {
                continue;
            }
            if (promise.isPresent()) {
                clock.targetTime = SlaTerms.describe(promise.get());
                clock.businessTimeSeconds = SlaTerms.businessTime(promise.get(), clock.startedAt,
                        terms.serviceCalendar()).toSeconds();
                clock.stoppedAt = null;
                clock.stoppedBecause = null;
                withdrawMarksNoLongerDue(clock, terms, changed, changed.describe() + ": " + target + " now "
                        + clock.targetTime);
                timers.recompute(clock, terms, at);
            } else if (clock.metAt == null) {
                store.standingBreach(clock).ifPresent(breach -> alerts.withdraw(breach, changed.by(),
                        changed.describe() + ": " + target + " no longer promised", at));
                clock.breachedAt = null;
                stop(clock, terms, ClockStop.NOT_PROMISED, at);
            }
        }
    }

    /**
     * After a reclassification: a warning or breach the new target has not reached yet no longer holds, so the clock
     * warns and breaches again on its new target; the breach stays on record, withdrawn.
     */
    private void withdrawMarksNoLongerDue(TicketClock clock, SlaTerms terms, TicketReclassified changed,
            String reason) {
        SlaClock.Reading reading = store.clockOf(clock, terms).at(changed.at());
        Instant end = clock.metAt != null ? clock.metAt : changed.at();
        if (clock.breachedAt != null && !end.isAfter(reading.deadline())) {
            clock.breachedAt = null;
            store.standingBreach(clock).ifPresent(breach -> alerts.withdraw(breach, changed.by(), reason,
                    changed.at()));
        }
        if (clock.warnedAt != null && end.isBefore(reading.warningAt())) {
            clock.warnedAt = null;
        }
    }

    /** A report was delivered: its clock is met. */
    void reportSubmitted(@Observes ServiceReportSubmitted submitted) {
        Target report = switch (submitted.kind()) {
            case REPAIR_REPORT -> Target.REPAIR_REPORT;
            case FAULT_ANALYSIS -> Target.FAULT_ANALYSIS;
            case INSPECTION_REPORT -> Target.INSPECTION_REPORT;
        };
        store.terms(submitted.ticketId()).ifPresent(terms -> meet(submitted.ticketId(), terms, report,
                submitted.submittedAt()));
    }

    /**
     * An inspection was recorded: its report clock (巡检报告) runs from the visit to {@code dueAt}, on the calendar
     * the inspection counted it on, under the terms of the ticket's contract (the default policy without one).
     *
     * @param promise the promise as the terms state it, e.g. {@code 3 working days}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inspectionRecorded(Ticket ticket, ServiceCalendar calendar, Instant inspectedAt, Instant dueAt,
            String promise) {
        SlaTerms terms = store.terms(ticket.id).orElseGet(() -> {
            SlaTerms onCalendar = store.termsFor(ticket).on(calendar);
            store.keep(ticket, onCalendar);
            return onCalendar;
        });
        TicketClock report = store.newClock(ticket.id, Target.INSPECTION_REPORT, promise, inspectedAt,
                terms.serviceCalendar().elapsed(inspectedAt, dueAt));
        timers.start(report, terms, Instant.now(clock));
    }

    /** Starts the ticket's clock of {@code target} at {@code start} unless it has one or the terms promise none. */
    private void start(Ticket ticket, SlaTerms terms, Target target, Instant start) {
        if (store.clock(ticket.id, target).isEmpty()) {
            newClock(ticket, terms, target, start).ifPresent(started -> timers.start(started, terms, start));
        }
    }

    /** A new clock of {@code target} counting from {@code start}, if the terms promise one; not stored, no timers. */
    private Optional<TicketClock> newClock(Ticket ticket, SlaTerms terms, Target target, Instant start) {
        return terms.target(target, levelOf(ticket), ticket.faultType)
                .map(promise -> store.newClock(ticket.id, target, promise, terms, start));
    }

    private void startReports(Ticket ticket, SlaTerms terms, boolean atArrival, Instant at) {
        if (ticket.kind != TicketKind.FAULT) {
            return;
        }
        for (Target report : List.of(Target.REPAIR_REPORT, Target.FAULT_ANALYSIS)) {
            if (terms.reportAfterArrival(report) == atArrival) {
                start(ticket, terms, report, at);
            }
        }
    }

    private void meet(UUID ticketId, SlaTerms terms, Target target, Instant at) {
        store.clock(ticketId, target).filter(TicketClock::counting).ifPresent(counting -> {
            counting.metAt = at;
            store.standingBreach(counting).ifPresent(breach -> breach.actualAt = at);
            timers.recompute(counting, terms, at);
        });
    }

    /** Stops a clock that still counts. */
    private void stop(TicketClock clock, SlaTerms terms, ClockStop because, Instant at) {
        if (clock.counting()) {
            clock.stoppedAt = at;
            clock.stoppedBecause = because;
            timers.recompute(clock, terms, at);
        }
    }

    private void recomputeAll(UUID ticketId, SlaTerms terms, Instant now) {
        store.clocks(ticketId).forEach(each -> timers.recompute(each, terms, now));
    }

    private static FaultLevel levelOf(Ticket ticket) {
        return SlaAlerts.levelOf(ticket);
    }
}
