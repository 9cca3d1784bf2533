package org.aftersales.notification.returnvisit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.notification.ReturnVisitEvents;
import org.aftersales.events.notification.ReturnVisitRecorded;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.notification.ticket.TicketViews;
import org.aftersales.platform.deadline.Deadline;
import org.aftersales.platform.deadline.DeadlineSpec;
import org.aftersales.platform.deadline.Deadlines;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.ProblemException;

/**
 * Return visits (回访): one owed after every closed ticket, due within the contract's term on the China calendar, and
 * the outcomes agents record. The visit's deadline is the kit's (kind {@value #DEADLINE_KIND}, subject its id).
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

    ReturnVisits(Deadlines deadlines, Outbox outbox, ContractTermsCopy contracts, TicketViews tickets) {
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.contracts = contracts;
        this.tickets = tickets;
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
     * @throws ProblemException 409 when the visit's outcome was already recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReturnVisit record(ReturnVisit visit, VisitOutcome outcome, String by) {
        if (visit.state == ReturnVisit.State.RECORDED) {
            throw ProblemException.conflict("Return visit " + visit.id + " was already recorded");
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
