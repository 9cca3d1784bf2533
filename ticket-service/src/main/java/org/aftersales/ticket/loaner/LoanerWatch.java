package org.aftersales.ticket.loaner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftersales.commitment.LoanerTerm;
import org.aftersales.events.ticket.LoanerDue;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.timer.TimerHandler;
import org.aftersales.platform.timer.Timers;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketAction;
import org.aftersales.ticket.intake.TicketActionTaken;
import org.aftersales.ticket.intake.TicketKind;
import org.aftersales.ticket.intake.TicketRegistered;
import org.aftersales.ticket.intake.TicketStatus;
import org.aftersales.ticket.sla.ClockStore;
import org.aftersales.ticket.sla.SlaTerms;

/**
 * 备机: watches the fault tickets whose terms carry a loaner term, with a persistent timer at the report plus the
 * term's duration, and publishes {@code aftersales.ticket.loaner-due.v1} once when the repair is not done by then (and,
 * where the term says so, the device went back to the factory: a WAIT for the MANUFACTURER with
 * {@code returnToFactory}, which, said after the timer fired, owes the unit at once).
 */
@ApplicationScoped
public class LoanerWatch implements TimerHandler {

    static final String TIMER = "loaner-due";

    private static final Set<TicketStatus> REPAIRED =
            EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CONFIRMED, TicketStatus.CLOSED, TicketStatus.CANCELLED);

    private final Timers timers;
    private final ClockStore clocks;
    private final Outbox outbox;

    LoanerWatch(Timers timers, ClockStore clocks, Outbox outbox) {
        this.timers = timers;
        this.clocks = clocks;
        this.outbox = outbox;
    }

    @Override
    public String kind() {
        return TIMER;
    }

    void registered(@Observes TicketRegistered registered) {
        Ticket ticket = registered.ticket();
        if (ticket.kind == TicketKind.FAULT) {
            Optional.ofNullable(clocks.termsFor(ticket).loaner()).map(LoanerTerm::of).ifPresent(term ->
                    timers.schedule(TIMER, ticket.id.toString(), term.dueFrom(ticket.reportedAt)));
        }
    }

    /** The device goes back to the factory after the term's duration passed: the unit is owed now. */
    void actionTaken(@Observes TicketActionTaken taken) {
        if (taken.action() == TicketAction.WAIT && taken.ticket().returnToFactory) {
            check(taken.ticket(), taken.at());
        }
    }

    /** The ticket first, as requests lock it before its timers. */
    @Override
    public void lock(String subject) {
        Ticket.findById(UUID.fromString(subject), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void fire(String subject, Instant dueAt, Instant now) {
        Ticket.<Ticket>findByIdOptional(UUID.fromString(subject)).ifPresent(ticket -> check(ticket, now));
    }

    private void check(Ticket ticket, Instant now) {
        if (LoanerOwed.findByIdOptional(ticket.id).isPresent()) {
            return;
        }
        loanerTerm(ticket.id).flatMap(term -> term.owed(ticket.reportedAt, REPAIRED.contains(ticket.status),
                ticket.returnToFactory, now).map(reason -> {
                    LoanerOwed owed = new LoanerOwed();
                    owed.ticketId = ticket.id;
                    owed.reason = reason;
                    owed.dueSince = term.dueFrom(ticket.reportedAt);
                    owed.publishedAt = now;
                    owed.persist();
                    return owed;
                })).ifPresent(owed -> outbox.append(TicketEvents.LOANER_DUE, ticket.id.toString(), now,
                        new LoanerDue(ticket.id, ticket.customerOrganisation, ticket.deviceSerial, ticket.deviceId,
                                owed.reason, owed.dueSince)));
    }

    private Optional<LoanerTerm> loanerTerm(UUID ticketId) {
        return clocks.terms(ticketId).map(SlaTerms::loaner).map(LoanerTerm::of);
    }
}
