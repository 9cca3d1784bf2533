package org.aftersales.ticket.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a ticket's status: who, when, what and why. */
@Entity
@Table(name = "ticket_transition")
public class TicketTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public TicketAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    public TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public TicketStatus toStatus;

    @Column(updatable = false)
    public String reason;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    /** What a WAIT waits for; null for other actions. */
    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_for", updatable = false)
    public WaitingFor waitingFor;

    /** Stores one change of a ticket's status: what was done, from which status to which, by whom, when and why. */
    public static TicketTransition record(UUID ticketId, TicketAction action, TicketStatus from, TicketStatus to,
            String reason, String changedBy, Instant changedAt, WaitingFor waitingFor) {
        TicketTransition transition = new TicketTransition();
        transition.id = UUID.randomUUID();
        transition.ticketId = ticketId;
        transition.action = action;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.reason = reason;
        transition.changedBy = changedBy;
        transition.changedAt = changedAt;
        transition.waitingFor = waitingFor;
        transition.persist();
        return transition;
    }
}
