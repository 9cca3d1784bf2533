package org.aftersales.notification.returnvisit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.events.customer.CustomerChanged;
import org.aftersales.events.notification.FollowUp;
import org.aftersales.events.notification.ReturnVisitEvents;
import org.aftersales.events.notification.ReturnVisitRecorded;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.notification.customer.CustomerArchiveCopy;
import org.aftersales.notification.ticket.TicketViews;
import org.aftersales.platform.deadline.Deadline;
import org.aftersales.platform.deadline.DeadlineSpec;
import org.aftersales.platform.deadline.Deadlines;
import org.aftersales.platform.deadline.Promise;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/**
 * Return visits (回访): one owed after every closed ticket, due within the contract's term on the China calendar; the
 * periodic visits of a contract's {@code PERIODIC} terms (定期回访, seed 001: 3 times a year; key customers at least
 * yearly), one due by the end of each period; and the outcomes agents record. The visit's deadline is the kit's (kind
 * {@value #DEADLINE_KIND}, subject its id).
 *
 * <p>Periodic visits depend on two streams, contracts and the customer archive (whether a customer is a key
 * customer), applied by different consumers at the same time. Both take the organisation's advisory lock first, so
 * whichever commits second sees the other's rows: an activation and a key-customer flag arriving together schedule the
 * visits exactly once (the unique index on contract, term and period is the backstop).
 */
@ApplicationScoped
public class ReturnVisits {

    static final String DEADLINE_KIND = "return-visit";
    /** Working days end at midnight in China (the China calendar's working days and 调休). */
    static final ServiceCalendar CALENDAR = ServiceCalendar.alwaysOpen(ServiceCalendar.DEFAULT_ZONE);

    private final Deadlines deadlines;
    private final Outbox outbox;
    private final ContractTermsCopy contracts;
    private final TicketViews tickets;
    private final CustomerArchiveCopy customers;
    private final EntityManager entityManager;
    private final Clock clock;

    ReturnVisits(Deadlines deadlines, Outbox outbox, ContractTermsCopy contracts, TicketViews tickets,
            CustomerArchiveCopy customers, EntityManager entityManager, Clock clock) {
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.contracts = contracts;
        this.tickets = tickets;
        this.customers = customers;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Keeps the contract's return-visit terms and schedules the periodic visits it owes from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractActivated(ContractActivated contract) {
        lock(contract.customerOrganisation());
        contracts.activated(contract);
        Instant now = clock.instant();
        contracts.periodicTerms(contract.contractId()).forEach(term -> schedule(term, now));
    }

    /** Forgets the contract's terms; its open periodic visits of periods after its last day in force are cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractTerminated(ContractTerminated contract) {
        lock(contract.customerOrganisation());
        contracts.terminated(contract);
        ReturnVisit.<ReturnVisit>list("reason = ?1 and contractId = ?2 and state = ?3 and periodStartsOn > ?4",
                ReturnVisit.Reason.PERIODIC, contract.contractId(), ReturnVisit.State.OPEN,
                contract.lastDayInForce()).forEach(this::cancel);
    }

    /**
     * Keeps the archive's record; a customer that became a key customer is owed the visits of its contracts' key-customer
     * terms from now on, one that no longer is keeps none of those not yet due.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void customerChanged(CustomerChanged customer) {
        lock(customer.organisation());
        if (!customers.changed(customer)) {
            return;
        }
        Instant now = clock.instant();
        for (ContractTermsCopy.PeriodicTerm term : contracts.periodicTermsOf(customer.organisation())) {
            if (!term.keyCustomersOnly()) {
                continue;
            }
            if (customer.keyCustomer()) {
                schedule(term, now);
            } else {
                ReturnVisit.<ReturnVisit>list(
                        "reason = ?1 and contractId = ?2 and termIndex = ?3 and state = ?4 and dueAt > ?5",
                        ReturnVisit.Reason.PERIODIC, term.contractId(), term.termIndex(), ReturnVisit.State.OPEN, now)
                        .forEach(this::cancel);
            }
        }
    }

    /** Schedules each visit of the term due after {@code now} that is not scheduled yet. */
    private void schedule(ContractTermsCopy.PeriodicTerm term, Instant now) {
        if (term.keyCustomersOnly() && !customers.isKeyCustomer(term.customerOrganisation())) {
            return;
        }
        for (VisitPeriods.Period period : VisitPeriods.of(term.startsOn(), term.endsOn(), term.timesPerYear())) {
            Instant due = period.endsOn().plusDays(1).atStartOfDay(ServiceCalendar.DEFAULT_ZONE).toInstant();
            if (!due.isAfter(now) || ReturnVisit.count("reason = ?1 and contractId = ?2 and termIndex = ?3 "
                    + "and sequence = ?4 and state <> ?5", ReturnVisit.Reason.PERIODIC, term.contractId(),
                    term.termIndex(), period.sequence(), ReturnVisit.State.CANCELLED) > 0) {
                continue;
            }
            Instant periodStart = period.startsOn().atStartOfDay(ServiceCalendar.DEFAULT_ZONE).toInstant();
            Instant start = periodStart.isAfter(now) ? periodStart : now.truncatedTo(ChronoUnit.MICROS);
            ReturnVisit visit = new ReturnVisit();
            visit.id = UUID.randomUUID();
            visit.reason = ReturnVisit.Reason.PERIODIC;
            visit.contractId = term.contractId();
            visit.termIndex = term.termIndex();
            visit.sequence = period.sequence();
            visit.periodStartsOn = period.startsOn();
            visit.periodEndsOn = period.endsOn();
            visit.customerOrganisation = term.customerOrganisation();
            visit.state = ReturnVisit.State.OPEN;
            Deadline deadline = deadlines.start(DeadlineSpec.of(DEADLINE_KIND, visit.id.toString(),
                    Promise.within(Duration.between(start, due)), CALENDAR, start));
            visit.promise = deadline.promise().text();
            visit.dueAt = deadline.dueAt();
            visit.persist();
        }
    }

    private void cancel(ReturnVisit visit) {
        visit.state = ReturnVisit.State.CANCELLED;
        deadlines.cancel(DEADLINE_KIND, visit.id.toString());
    }

    /** Serialises, per customer organisation, the handlers that decide periodic visits (until the transaction ends). */
    private void lock(String organisation) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('return-visit:' || ?1))")
                .setParameter(1, organisation)
                .getSingleResult();
    }

    /** Schedules the visit owed for a closed ticket; a ticket closed again (after reopening) keeps its first one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ticketClosed(TicketStatusChanged closed) {
        if (ReturnVisit.count("ticketId", closed.ticketId()) > 0) {
            return;
        }
        String serial = tickets.find(closed.ticketId()).map(view -> view.deviceSerial).orElse(null);
        ReturnVisit visit = new ReturnVisit();
        visit.id = UUID.randomUUID();
        visit.reason = ReturnVisit.Reason.SERVICE_CLOSED;
        visit.ticketId = closed.ticketId();
        visit.customerOrganisation = closed.customerOrganisation();
        visit.deviceSerial = serial;
        visit.engineer = closed.assignedEngineer();
        visit.closedAt = closed.changedAt();
        visit.state = ReturnVisit.State.OPEN;
        Deadline deadline = deadlines.start(DeadlineSpec.of(DEADLINE_KIND, visit.id.toString(),
                contracts.promiseFor(closed.customerOrganisation(), serial), CALENDAR, closed.changedAt()));
        visit.promise = deadline.promise().text();
        visit.dueAt = deadline.dueAt();
        visit.persist();
    }

    /**
     * Records an outcome: a reached customer meets the deadline and closes the visit; an unreached one keeps it open
     * to be tried again. Each outcome is published.
     *
     * @throws ProblemException 409 when the visit's outcome was already recorded or the visit was cancelled; 400 for a
     *     follow-up a periodic visit cannot have (it is about no ticket)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReturnVisit record(ReturnVisit visit, VisitOutcome outcome, String by) {
        if (visit.state == ReturnVisit.State.RECORDED) {
            throw ProblemException.conflict("Return visit " + visit.id + " was already recorded");
        }
        if (visit.state == ReturnVisit.State.CANCELLED) {
            throw ProblemException.conflict("Return visit " + visit.id + " was cancelled: it is no longer owed");
        }
        if (visit.reason == ReturnVisit.Reason.PERIODIC && outcome.followUp() != FollowUp.NONE) {
            throw ProblemException.badRequest("A periodic return visit is about no ticket", List.of(new FieldProblem(
                    "followUp", "must be NONE for a periodic visit: register a complaint at /api/v1/complaints")));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        visit.attempts++;
        visit.reached = outcome.reached();
        visit.satisfied = outcome.satisfied();
        visit.followUp = outcome.followUp();
        visit.customerWords = outcome.customerWords();
        visit.recordedBy = by;
        visit.recordedAt = now;
        if (outcome.reached()) {
            visit.state = ReturnVisit.State.RECORDED;
            deadlines.met(DEADLINE_KIND, visit.id.toString(), now);
        }
        outbox.append(ReturnVisitEvents.RECORDED, visit.id.toString(), now, new ReturnVisitRecorded(visit.id,
                visit.ticketId, null, visit.customerOrganisation, visit.reached, visit.satisfied, visit.followUp,
                visit.customerWords, by, now));
        return visit;
    }
}
