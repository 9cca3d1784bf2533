package org.aftersales.ticket.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.ticket.TicketEscalated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.sla.SlaBreached;
import org.aftersales.platform.concurrency.RetriedOnLockConflict;

/**
 * 升级: raises a ticket one level up the chain engineer → senior engineer → manager → leadership — by hand,
 * on an SLA breach, or when the customer rejects the result — records it and publishes
 * {@code aftersales.ticket.escalated.v1}. Callers check access to the ticket themselves.
 */
@ApplicationScoped
@RetriedOnLockConflict
public class Escalations {

    /** Who escalates on a breach: the SLA clocks themselves. */
    public static final String BREACH_ACTOR = "sla-clock";

    private final Outbox outbox;

    Escalations(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Raises the ticket one level, in the caller's transaction when there is one.
     *
     * @param reason why, may be null
     * @param by the user who escalated or caused it (for a breach: whoever the SLA code names)
     * @return the escalation, or empty when the ticket is already at {@link EscalationLevel#LEADERSHIP}; then
     *     nothing is stored or published
     */
    @Transactional
    public Optional<Escalation> escalate(UUID ticketId, EscalationTrigger trigger, String reason, String by,
            Instant at) {
        Ticket ticket = Ticket.<Ticket>findByIdOptional(ticketId)
                .orElseThrow(() -> ProblemException.notFound("ticket", ticketId));
        EscalationLevel from = ticket.escalationLevel;
        Optional<EscalationLevel> next = from.next();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        ticket.escalationLevel = next.get();
        ticket.updatedAt = at;

        Escalation escalation = new Escalation();
        escalation.id = UUID.randomUUID();
        escalation.ticketId = ticketId;
        escalation.fromLevel = from;
        escalation.toLevel = next.get();
        escalation.trigger = trigger;
        escalation.reason = reason;
        escalation.escalatedBy = by;
        escalation.escalatedAt = at;
        escalation.persist();
        outbox.append(TicketEvents.ESCALATED, ticketId.toString(), at, new TicketEscalated(ticketId,
                ticket.customerOrganisation, from.name(), escalation.toLevel.name(), trigger.name(), reason, by, at));
        return Optional.of(escalation);
    }

    /** An SLA clock breached: the ticket goes one level up (a breach at the top changes nothing). */
    void breached(@Observes SlaBreached breach) {
        escalate(breach.ticketId(), EscalationTrigger.BREACH, "超时: " + breach.target() + " due " + breach.deadline(),
                BREACH_ACTOR, breach.breachedAt());
    }

    /** The ticket's escalations, oldest first. */
    public List<Escalation> of(UUID ticketId) {
        return Escalation.list("ticketId = ?1 order by escalatedAt", ticketId);
    }
}
