package org.aftersales.ticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.EventType;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.SlaAlert;
import org.aftersales.events.ticket.SlaBreachWithdrawn;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.ticket.intake.Ticket;

/**
 * What SLA clocks tell others, through the outbox: a warning ({@code sla-warning.v1}), a breach stored as a fact
 * ({@code sla-breached.v1}; the ticket escalates when the terms say this target escalates) and a breach withdrawn by a
 * reclassification ({@code sla-breach-withdrawn.v1}; the breach stays on record).
 */
@ApplicationScoped
class SlaAlerts {

    private final Outbox outbox;
    private final Event<SlaBreached> breached;

    SlaAlerts(Outbox outbox, Event<SlaBreached> breached) {
        this.outbox = outbox;
        this.breached = breached;
    }

    /** The clock reached its warning share (预警). */
    void warn(TicketClock clock, SlaTerms terms, SlaClock.Reading reading, Instant now) {
        clock.warnedAt = now;
        publish(TicketEvents.SLA_WARNING, clock, terms, reading, now, null);
    }

    /**
     * The clock passed its deadline unmet (超时): stores the breach with the promise broken and the contract's
     * consequence, publishes it, and escalates only a target the terms name as escalating.
     */
    void breach(TicketClock clock, SlaTerms terms, SlaClock.Reading reading, Instant now) {
        clock.breachedAt = now;
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
        if (terms.escalates(clock.target)) {
            breached.fire(new SlaBreached(clock.ticketId, clock.target, reading.deadline(), now));
        }
    }

    /** A reclassification took away the target the breach was measured against: it stays, marked withdrawn. */
    void withdraw(SlaBreach breach, String by, String reason, Instant at) {
        breach.withdrawnAt = at;
        breach.withdrawnBy = by;
        breach.withdrawalReason = reason;
        outbox.append(TicketEvents.SLA_BREACH_WITHDRAWN, breach.ticketId.toString(), at, new SlaBreachWithdrawn(
                breach.ticketId, breach.customerOrganisation, breach.contractId, breach.id, breach.target.name(),
                breach.promisedAt, breach.breachedAt, by, at, reason));
    }

    private void publish(EventType<SlaAlert> type, TicketClock clock, SlaTerms terms, SlaClock.Reading reading,
            Instant now, String consequence) {
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

    /** A consultation has no fault level: it is answered on the MINOR level's promise. */
    static FaultLevel levelOf(Ticket ticket) {
        return ticket.faultLevel == null ? FaultLevel.MINOR : ticket.faultLevel;
    }
}
