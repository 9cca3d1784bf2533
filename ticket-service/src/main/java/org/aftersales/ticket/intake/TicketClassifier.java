package org.aftersales.ticket.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.concurrency.RetriedOnLockConflict;

/**
 * Classification (故障分级与分类) by an agent: sets a FAULT ticket's fault level and type while it is open, records
 * each classification, and fires {@link TicketReclassified} when the level or type changes.
 */
@ApplicationScoped
@RetriedOnLockConflict
public class TicketClassifier {

    /** Once resolved (or cancelled), the fault is what it was; reopening makes the ticket classifiable again. */
    static final Set<TicketStatus> SETTLED =
            EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CONFIRMED, TicketStatus.CLOSED, TicketStatus.CANCELLED);

    private final TicketDesk desk;
    private final Event<TicketReclassified> reclassified;
    private final Clock clock;

    TicketClassifier(TicketDesk desk, Event<TicketReclassified> reclassified, Clock clock) {
        this.desk = desk;
        this.clock = clock;
        this.reclassified = reclassified;
    }

    /**
     * Classifies the ticket: 404 outside the caller's organisations, 412 on a stale version, 409 for a settled
     * ticket or a consultation (no fault to classify).
     *
     * @param expectedVersion the version the caller last read (If-Match), or null to skip the check
     */
    @Transactional
    public Ticket classify(UUID id, ClassificationRequest request, Long expectedVersion, Caller caller) {
        Ticket ticket = desk.findForUpdate(id, caller);
        TicketDesk.requireVersion(ticket, expectedVersion);
        if (ticket.kind != TicketKind.FAULT) {
            throw ProblemException.conflict("A " + ticket.kind + " ticket has no fault to classify");
        }
        if (SETTLED.contains(ticket.status)) {
            throw ProblemException.conflict("A ticket that is " + ticket.status + " cannot be classified");
        }
        Instant now = Instant.now(clock);
        TicketClassification classification = new TicketClassification();
        classification.id = UUID.randomUUID();
        classification.ticketId = ticket.id;
        classification.fromLevel = ticket.faultLevel;
        classification.toLevel = request.faultLevel();
        classification.fromType = ticket.faultType;
        classification.toType = request.faultType();
        classification.classifiedBy = caller.username();
        classification.classifiedAt = now;
        classification.persist();

        ticket.faultLevel = request.faultLevel();
        ticket.faultType = request.faultType();
        ticket.updatedAt = now;
        if (classification.fromLevel != classification.toLevel || classification.fromType != classification.toType) {
            reclassified.fire(new TicketReclassified(ticket.id, classification.fromLevel, classification.toLevel,
                    classification.fromType, classification.toType, caller.username(), now));
        }
        Ticket.getEntityManager().flush();
        return ticket;
    }

    /** The ticket's classifications, oldest first. */
    public List<TicketClassification> classifications(UUID id, Caller caller) {
        desk.find(id, caller);
        return TicketClassification.list("ticketId = ?1 order by classifiedAt", id);
    }
}
