package org.aftersales.ticket.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.EventType;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.SlaAlert;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.timer.Timers;
import org.aftersales.ticket.installedbase.InstalledBaseCopy;
import org.aftersales.ticket.installedbase.KnownContract;
import org.aftersales.ticket.intake.FaultLevelChanged;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketActionTaken;
import org.aftersales.ticket.intake.TicketKind;
import org.aftersales.ticket.intake.TicketRegistered;
import org.aftersales.ticket.report.ServiceReportSubmitted;
import org.aftersales.ticket.sla.SlaClock.Target;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the SLA clocks of tickets (SLA 计时): starts them at registration on the ticket's {@link SlaTerms},
 * meets, pauses, resumes and stops them with the lifecycle, keeps each clock's next warning and breach as
 * persistent timers, and when one fires publishes {@code aftersales.ticket.sla-warning.v1} or stores the
 * breach and publishes {@code aftersales.ticket.sla-breached.v1}.
 *
 * <ul>
 *   <li>Registration starts RESPONSE, ON_SITE and RESOLUTION (unless it runs from arrival) of the ticket's
 *       fault level; a consultation only RESPONSE, on the MINOR level's promise; an inspection none.</li>
 *   <li>ACKNOWLEDGE meets RESPONSE; ARRIVE meets ON_SITE (and starts RESOLUTION when it runs from arrival);
 *       RESOLVE meets RESOLUTION and starts the report clocks.</li>
 *   <li>WAIT stops every clock while the terms pause for what the ticket waits for; RESUME restarts them.</li>
 *   <li>REJECT and REOPEN restart RESOLUTION; the time between resolution and reopening does not count.</li>
 *   <li>CANCEL stops every clock not met.</li>
 *   <li>A fault level change recomputes the targets from the original start (see {@link SlaClock#withTarget}).</li>
 *   <li>An inspection's record starts its report clock (INSPECTION_REPORT), met when the report is delivered.</li>
 * </ul>
 */
@ApplicationScoped
public class SlaClocks {

    static final String WARNING_TIMER = "sla-warning";
    static final String BREACH_TIMER = "sla-breach";

    private final Timers timers;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final InstalledBaseCopy installedBase;
    private final Event<SlaBreached> breached;
    private final int warningPercent;
    private final SlaTerms defaultTerms;

    SlaClocks(Timers timers, Outbox outbox, ObjectMapper json, InstalledBaseCopy installedBase,
            Event<SlaBreached> breached,
            @ConfigProperty(name = "aftersales.sla.warning-percent", defaultValue = "75") int warningPercent) {
        this.timers = timers;
        this.outbox = outbox;
        this.json = json;
        this.installedBase = installedBase;
        this.breached = breached;
        this.warningPercent = warningPercent;
        this.defaultTerms = readDefaultTerms(json);
    }

    void registered(@Observes TicketRegistered registered) {
        Ticket ticket = registered.ticket();
        if (ticket.kind == TicketKind.INSPECTION) {
            return;
        }
        SlaTerms terms = termsOf(ticket);
        keep(ticket, terms);
        FaultLevel level = levelOf(ticket);
        start(ticket.id, terms, Target.RESPONSE, level, ticket.createdAt);
        if (ticket.kind == TicketKind.FAULT) {
            start(ticket.id, terms, Target.ON_SITE, level, ticket.createdAt);
            if (!terms.resolutionFromArrival(level)) {
                start(ticket.id, terms, Target.RESOLUTION, level, ticket.createdAt);
            }
        }
    }

    void actionTaken(@Observes TicketActionTaken taken) {
        Ticket ticket = taken.ticket();
        Optional<SlaTerms> found = terms(ticket.id);
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
                    start(ticket.id, terms, Target.RESOLUTION, levelOf(ticket), at);
                }
                startReports(ticket, terms, true, at);
            }
            case RESOLVE -> {
                meet(ticket.id, terms, Target.RESOLUTION, at);
                // Resolved by phone or remotely: nobody has to come any more.
                clock(ticket.id, Target.ON_SITE).filter(clock -> clock.metAt == null && clock.stoppedAt == null)
                        .ifPresent(clock -> {
                            clock.stoppedAt = at;
                            recompute(clock, terms, at);
                        });
                startReports(ticket, terms, false, at);
            }
            case WAIT -> {
                if (terms.pausesFor(taken.waitingFor().pauseCondition())) {
                    pause(ticket.id, null, taken.waitingFor().pauseCondition(), at);
                    recomputeAll(ticket.id, terms, at);
                }
            }
            case RESUME -> {
                ClockPause.<ClockPause>list("ticketId = ?1 and target is null and endedAt is null", ticket.id)
                        .forEach(pause -> pause.endedAt = at);
                recomputeAll(ticket.id, terms, at);
            }
            case REJECT, REOPEN -> clock(ticket.id, Target.RESOLUTION).filter(clock -> clock.metAt != null)
                    .ifPresent(clock -> {
                        ClockPause resolved = pause(ticket.id, Target.RESOLUTION, ClockPause.RESOLVED_UNTIL_REOPENED,
                                clock.metAt);
                        resolved.endedAt = at;
                        clock.metAt = null;
                        breachOf(clock).ifPresent(breach -> breach.actualAt = null);
                        recompute(clock, terms, at);
                    });
            case CANCEL -> clocks(ticket.id).stream().filter(clock -> clock.metAt == null).forEach(clock -> {
                clock.stoppedAt = at;
                recompute(clock, terms, at);
            });
            default -> {
            }
        }
    }

    /**
     * The fault level changed: each of RESPONSE, ON_SITE and RESOLUTION takes the new level's promise, counted
     * from its original start with the time already paused still paused; a clock the new level does not
     * promise stops, one it newly promises starts from the ticket's registration.
     */
    void faultLevelChanged(@Observes FaultLevelChanged changed) {
        Ticket ticket = Ticket.findById(changed.ticketId());
        Instant at = changed.at();
        Optional<SlaTerms> found = terms(ticket.id);
        if (found.isEmpty()) {
            return;
        }
        SlaTerms terms = found.get();
        FaultLevel level = levelOf(ticket);
        for (Target target : List.of(Target.RESPONSE, Target.ON_SITE, Target.RESOLUTION)) {
            Optional<TimeTarget> promise = terms.target(target, level);
            Optional<TicketClock> existing = clock(ticket.id, target);
            if (existing.isPresent()) {
                TicketClock clock = existing.get();
                if (promise.isPresent()) {
                    clock.targetTime = SlaTerms.describe(promise.get());
                    clock.businessTimeSeconds = SlaTerms.businessTime(promise.get(), clock.startedAt,
                            terms.serviceCalendar()).toSeconds();
                    clock.stoppedAt = null;
                    forgetMarksNoLongerDue(clock, terms, at);
                } else if (clock.metAt == null) {
                    clock.stoppedAt = at;
                }
                recompute(clock, terms, at);
            } else if (ticket.kind == TicketKind.FAULT && (target != Target.RESOLUTION
                    || !terms.resolutionFromArrival(level))) {
                start(ticket.id, terms, target, level, ticket.createdAt);
            }
        }
    }

    /**
     * After a level change: a warning or breach the new target has not reached yet is forgotten (the stored breach
     * was measured against a promise that no longer applies), so the clock warns and breaches again on its new target.
     */
    private void forgetMarksNoLongerDue(TicketClock clock, SlaTerms terms, Instant at) {
        SlaClock.Reading reading = clockOf(clock, terms).at(at);
        Instant end = clock.metAt != null ? clock.metAt : at;
        if (clock.breachedAt != null && !end.isAfter(reading.deadline())) {
            clock.breachedAt = null;
            breachOf(clock).ifPresent(SlaBreach::delete);
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
        terms(submitted.ticketId()).ifPresent(terms -> meet(submitted.ticketId(), terms, report,
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
        SlaTerms terms = terms(ticket.id).orElseGet(() -> {
            SlaTerms onCalendar = termsOf(ticket).on(calendar);
            keep(ticket, onCalendar);
            return onCalendar;
        });
        TicketClock clock = new TicketClock();
        clock.id = UUID.randomUUID();
        clock.ticketId = ticket.id;
        clock.target = Target.INSPECTION_REPORT;
        clock.targetTime = promise;
        clock.startedAt = inspectedAt;
        clock.businessTimeSeconds = terms.serviceCalendar().elapsed(inspectedAt, dueAt).toSeconds();
        clock.persist();
        recompute(clock, terms, Instant.now());
    }

    /** The terms the ticket runs on; empty for tickets without clocks (inspections). */
    public Optional<SlaTerms> terms(UUID ticketId) {
        return TicketTerms.<TicketTerms>findByIdOptional(ticketId).map(stored -> read(stored.terms));
    }

    /** The ticket's clocks, in the order of the targets. */
    public List<TicketClock> clocks(UUID ticketId) {
        return TicketClock.<TicketClock>list("ticketId", ticketId).stream()
                .sorted(Comparator.comparing(clock -> clock.target)).toList();
    }

    /** The clock as {@link SlaClock} computes it, with its pauses. */
    public SlaClock clockOf(TicketClock clock, SlaTerms terms) {
        List<SlaClock.Pause> pauses = ClockPause.<ClockPause>list("ticketId", clock.ticketId).stream()
                .filter(pause -> pause.stops(clock))
                .map(pause -> new SlaClock.Pause(pause.startedAt, pause.endedAt))
                .toList();
        return new SlaClock(clock.target, clock.startedAt, Duration.ofSeconds(clock.businessTimeSeconds),
                terms.serviceCalendar(), pauses, warningPercent, clock.metAt);
    }

    /** Where the clock stands now: {@link SlaClock.State#STOPPED} when its ticket was cancelled. */
    public SlaClock.Reading read(TicketClock clock, SlaTerms terms, Instant now) {
        SlaClock.Reading reading = clockOf(clock, terms).at(clock.stoppedAt != null ? clock.stoppedAt : now);
        return clock.stoppedAt == null ? reading : new SlaClock.Reading(SlaClock.State.STOPPED, reading.deadline(),
                reading.warningAt(), reading.elapsed(), reading.paused(), reading.remaining(), reading.guessed());
    }

    /** The breaches of the ticket's clocks. */
    public List<SlaBreach> breaches(UUID ticketId) {
        return SlaBreach.list("ticketId = ?1 order by breachedAt", ticketId);
    }

    /**
     * A warning timer is due: warns once if the clock is still counting past its warning share. A clock
     * already past its deadline is not warned: its breach says more.
     */
    void warningDue(UUID clockId, Instant now) {
        TicketClock.<TicketClock>findByIdOptional(clockId).ifPresent(clock -> {
            SlaTerms terms = terms(clock.ticketId).orElseThrow();
            SlaClock.Reading reading = read(clock, terms, now);
            if (reading.state() == SlaClock.State.WARNING && clock.warnedAt == null) {
                clock.warnedAt = now;
                publish(TicketEvents.SLA_WARNING, clock, terms, reading, now, null);
            } else {
                recompute(clock, terms, now);
            }
        });
    }

    /** A breach timer is due: stores the breach once if the clock is past its deadline unmet. */
    void breachDue(UUID clockId, Instant now) {
        TicketClock.<TicketClock>findByIdOptional(clockId).ifPresent(clock -> {
            SlaTerms terms = terms(clock.ticketId).orElseThrow();
            SlaClock.Reading reading = read(clock, terms, now);
            if (reading.state() != SlaClock.State.BREACHED || clock.breachedAt != null) {
                recompute(clock, terms, now);
                return;
            }
            clock.breachedAt = now;
            timers.cancel(WARNING_TIMER, clock.id.toString());
            TicketTerms stored = TicketTerms.findById(clock.ticketId);
            SlaBreach breach = new SlaBreach();
            breach.id = UUID.randomUUID();
            breach.ticketId = clock.ticketId;
            breach.clockId = clock.id;
            breach.customerOrganisation = stored.customerOrganisation;
            breach.contractId = terms.contractId();
            breach.target = clock.target;
            breach.commitment = commitment(terms, clock);
            breach.promisedAt = reading.deadline();
            breach.breachedAt = now;
            breach.consequence = terms.consequence(clock.target).orElse(null);
            breach.persist();
            publish(TicketEvents.SLA_BREACHED, clock, terms, reading, now, breach.consequence);
            breached.fire(new SlaBreached(clock.ticketId, clock.target, reading.deadline(), now));
        });
    }

    private void keep(Ticket ticket, SlaTerms terms) {
        TicketTerms stored = new TicketTerms();
        stored.ticketId = ticket.id;
        stored.customerOrganisation = ticket.customerOrganisation;
        stored.source = terms.source();
        stored.contractId = terms.contractId();
        stored.terms = write(terms);
        stored.persist();
    }

    private void start(UUID ticketId, SlaTerms terms, Target target, FaultLevel level, Instant start) {
        Optional<TimeTarget> promise = terms.target(target, level);
        if (promise.isEmpty() || clock(ticketId, target).isPresent()) {
            return;
        }
        TicketClock clock = new TicketClock();
        clock.id = UUID.randomUUID();
        clock.ticketId = ticketId;
        clock.target = target;
        clock.targetTime = SlaTerms.describe(promise.get());
        clock.startedAt = start;
        clock.businessTimeSeconds = SlaTerms.businessTime(promise.get(), start, terms.serviceCalendar()).toSeconds();
        clock.persist();
        recompute(clock, terms, start);
    }

    private void startReports(Ticket ticket, SlaTerms terms, boolean atArrival, Instant at) {
        if (ticket.kind != TicketKind.FAULT) {
            return;
        }
        for (Target report : List.of(Target.REPAIR_REPORT, Target.FAULT_ANALYSIS)) {
            if (terms.reportAfterArrival(report) == atArrival) {
                start(ticket.id, terms, report, levelOf(ticket), at);
            }
        }
    }

    private void meet(UUID ticketId, SlaTerms terms, Target target, Instant at) {
        clock(ticketId, target).filter(clock -> clock.metAt == null && clock.stoppedAt == null).ifPresent(clock -> {
            clock.metAt = at;
            breachOf(clock).ifPresent(breach -> breach.actualAt = at);
            recompute(clock, terms, at);
        });
    }

    private ClockPause pause(UUID ticketId, Target target, String reason, Instant from) {
        ClockPause pause = new ClockPause();
        pause.id = UUID.randomUUID();
        pause.ticketId = ticketId;
        pause.target = target;
        pause.reason = reason;
        pause.startedAt = from;
        pause.persist();
        return pause;
    }

    private void recomputeAll(UUID ticketId, SlaTerms terms, Instant now) {
        clocks(ticketId).forEach(clock -> recompute(clock, terms, now));
    }

    /** Keeps the stored deadline and warning current and the clock's timers where they now fall. */
    private void recompute(TicketClock clock, SlaTerms terms, Instant now) {
        String subject = clock.id.toString();
        if (clock.metAt != null || clock.stoppedAt != null) {
            SlaClock.Reading reading = read(clock, terms, now);
            clock.deadline = reading.deadline();
            clock.warningAt = reading.warningAt();
            timers.cancel(WARNING_TIMER, subject);
            timers.cancel(BREACH_TIMER, subject);
            return;
        }
        SlaClock.Reading reading = clockOf(clock, terms).at(now);
        if (reading.state() == SlaClock.State.PAUSED) {
            clock.deadline = null;
            clock.warningAt = null;
            timers.cancel(WARNING_TIMER, subject);
            timers.cancel(BREACH_TIMER, subject);
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

    private void publish(EventType<SlaAlert> type, TicketClock clock, SlaTerms terms,
            SlaClock.Reading reading, Instant now, String consequence) {
        TicketTerms stored = TicketTerms.findById(clock.ticketId);
        Ticket ticket = Ticket.findById(clock.ticketId);
        outbox.append(type, clock.ticketId.toString(), now, new SlaAlert(clock.ticketId, stored.customerOrganisation,
                terms.contractId(), clock.target.name(), terms.serviceLevel(levelOf(ticket)).orElse(null),
                clock.targetTime, clock.startedAt, reading.deadline(), now, consequence));
    }

    private static String commitment(SlaTerms terms, TicketClock clock) {
        String source = SlaTerms.CONTRACT.equals(terms.source())
                ? terms.contractNumber() + " · " + terms.commitmentId() + " v" + terms.commitmentVersion()
                : "default policy";
        return source + " · " + clock.target + " " + clock.targetTime;
    }

    private Optional<TicketClock> clock(UUID ticketId, Target target) {
        return TicketClock.find("ticketId = ?1 and target = ?2", ticketId, target).firstResultOptional();
    }

    private static Optional<SlaBreach> breachOf(TicketClock clock) {
        return SlaBreach.find("clockId", clock.id).firstResultOptional();
    }

    /** A consultation has no fault level: it is answered on the MINOR level's promise. */
    private static FaultLevel levelOf(Ticket ticket) {
        return ticket.faultLevel == null ? FaultLevel.MINOR : ticket.faultLevel;
    }

    private SlaTerms termsOf(Ticket ticket) {
        if (ticket.contractId == null) {
            return defaultTerms;
        }
        return KnownContract.<KnownContract>findByIdOptional(ticket.contractId)
                .map(contract -> SlaTerms.of(installedBase.terms(contract)))
                .orElse(defaultTerms);
    }

    private SlaTerms read(String terms) {
        try {
            return json.readValue(terms, SlaTerms.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored SLA terms cannot be read", e);
        }
    }

    private String write(SlaTerms terms) {
        try {
            return json.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SLA terms cannot be written as JSON", e);
        }
    }

    private static SlaTerms readDefaultTerms(ObjectMapper json) {
        try (InputStream in = SlaClocks.class.getResourceAsStream("/sla/default-terms.json")) {
            return json.readValue(in, SlaTerms.class);
        } catch (IOException e) {
            throw new IllegalStateException("sla/default-terms.json cannot be read", e);
        }
    }
}
