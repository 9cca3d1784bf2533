package org.aftersales.ticket.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.platform.installedbase.KnownContract;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.sla.SlaClock.Target;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored side of SLA clocks: the terms each ticket runs on, its clocks, their pauses and breaches, and how a stored
 * clock reads as an {@link SlaClock}.
 */
@ApplicationScoped
public class ClockStore {

    private final ObjectMapper json;
    private final InstalledBase installedBase;
    private final int warningPercent;
    private final SlaTerms defaultTerms;

    ClockStore(ObjectMapper json, InstalledBase installedBase,
            @ConfigProperty(name = "aftersales.sla.warning-percent", defaultValue = "75") int warningPercent) {
        this.json = json;
        this.installedBase = installedBase;
        this.warningPercent = warningPercent;
        this.defaultTerms = readDefaultTerms(json);
    }

    /** The terms a new ticket takes: its contract's, the default policy without one. */
    public SlaTerms termsFor(Ticket ticket) {
        if (ticket.contractId == null) {
            return defaultTerms;
        }
        return KnownContract.<KnownContract>findByIdOptional(ticket.contractId)
                .map(contract -> SlaTerms.of(installedBase.terms(contract)))
                .orElse(defaultTerms);
    }

    /** Keeps the terms with the ticket: a later contract does not change a running ticket. */
    void keep(Ticket ticket, SlaTerms terms) {
        TicketTerms stored = new TicketTerms();
        stored.ticketId = ticket.id;
        stored.customerOrganisation = ticket.customerOrganisation;
        stored.source = terms.source();
        stored.contractId = terms.contractId();
        stored.terms = write(terms);
        stored.persist();
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

    /** The ticket's clock of this target, if it has one. */
    public Optional<TicketClock> clock(UUID ticketId, Target target) {
        return TicketClock.find("ticketId = ?1 and target = ?2", ticketId, target).firstResultOptional();
    }

    /** A new clock of the ticket, counting {@code promise} from {@code start} on the terms' calendar; not stored yet. */
    TicketClock newClock(UUID ticketId, Target target, TimeTarget promise, SlaTerms terms, Instant start) {
        return newClock(ticketId, target, SlaTerms.describe(promise), start,
                SlaTerms.businessTime(promise, start, terms.serviceCalendar()));
    }

    /**
     * A new clock of the ticket allowing {@code businessTime}, described as {@code promise}; not stored yet
     * ({@link ClockTimers#start} stores it with its deadline).
     */
    TicketClock newClock(UUID ticketId, Target target, String promise, Instant start, Duration businessTime) {
        TicketClock clock = new TicketClock();
        clock.id = UUID.randomUUID();
        clock.ticketId = ticketId;
        clock.target = target;
        clock.targetTime = promise;
        clock.startedAt = start;
        clock.businessTimeSeconds = businessTime.toSeconds();
        return clock;
    }

    /** Stops the ticket's clocks ({@code target} null) or one of them from {@code from} on, until ended. */
    ClockPause pause(UUID ticketId, Target target, String reason, Instant from) {
        ClockPause pause = new ClockPause();
        pause.id = UUID.randomUUID();
        pause.ticketId = ticketId;
        pause.target = target;
        pause.reason = reason;
        pause.startedAt = from;
        pause.persist();
        return pause;
    }

    /** Ends the pauses of all the ticket's clocks. */
    void endPauses(UUID ticketId, Instant at) {
        ClockPause.<ClockPause>list("ticketId = ?1 and target is null and endedAt is null", ticketId)
                .forEach(pause -> pause.endedAt = at);
    }

    /** The clock as {@link SlaClock} computes it, with its pauses, warning at the terms' share. */
    public SlaClock clockOf(TicketClock clock, SlaTerms terms) {
        List<SlaClock.Pause> pauses = ClockPause.<ClockPause>list("ticketId", clock.ticketId).stream()
                .filter(pause -> pause.stops(clock))
                .map(pause -> new SlaClock.Pause(pause.startedAt, pause.endedAt))
                .toList();
        return clockOf(clock, terms, pauses);
    }

    /** The clock of a ticket that has no pauses (a new one) as {@link SlaClock} computes it, without reading any. */
    SlaClock unpausedClockOf(TicketClock clock, SlaTerms terms) {
        return clockOf(clock, terms, List.of());
    }

    private SlaClock clockOf(TicketClock clock, SlaTerms terms, List<SlaClock.Pause> pauses) {
        return new SlaClock(clock.target, clock.startedAt, Duration.ofSeconds(clock.businessTimeSeconds),
                terms.serviceCalendar(), pauses, terms.warningPercent(warningPercent), clock.metAt);
    }

    /** Where the clock stands now: {@link SlaClock.State#STOPPED} when it no longer counts. */
    public SlaClock.Reading read(TicketClock clock, SlaTerms terms, Instant now) {
        return read(clock, clockOf(clock, terms), now);
    }

    /** Where the clock stands now, as {@code computed} (its {@link #clockOf}) counts it. */
    SlaClock.Reading read(TicketClock clock, SlaClock computed, Instant now) {
        SlaClock.Reading reading = computed.at(clock.stoppedAt != null ? clock.stoppedAt : now);
        return clock.stoppedAt == null ? reading : new SlaClock.Reading(SlaClock.State.STOPPED, reading.deadline(),
                reading.warningAt(), reading.elapsed(), reading.paused(), reading.remaining(), reading.guessed());
    }

    /** The breaches of the ticket's clocks, withdrawn ones included, oldest first. */
    public List<SlaBreach> breaches(UUID ticketId) {
        return SlaBreach.list("ticketId = ?1 order by breachedAt", ticketId);
    }

    /** The clock's breach that stands (not withdrawn), if any. */
    Optional<SlaBreach> standingBreach(TicketClock clock) {
        return SlaBreach.find("clockId = ?1 and withdrawnAt is null", clock.id).firstResultOptional();
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
        try (InputStream in = ClockStore.class.getResourceAsStream("/sla/default-terms.json")) {
            return json.readValue(in, SlaTerms.class);
        } catch (IOException e) {
            throw new IllegalStateException("sla/default-terms.json cannot be read", e);
        }
    }
}
