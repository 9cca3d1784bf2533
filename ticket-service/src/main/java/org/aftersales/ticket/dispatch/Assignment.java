package org.aftersales.ticket.dispatch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 派工: a ticket given to an engineer, with the appointment (预约到场时间) the customer was promised. */
@Entity
@Table(name = "ticket_assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    /** The engineer's username. */
    @Column(nullable = false, updatable = false)
    public String engineer;

    /** The arrival window: from… */
    @Column(name = "appointment_from", nullable = false, updatable = false)
    public Instant appointmentFrom;

    /** …to. */
    @Column(name = "appointment_to", nullable = false, updatable = false)
    public Instant appointmentTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentState state;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    public Instant assignedAt;

    /** When the engineer accepted or declined. */
    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "decline_reason")
    public String declineReason;
}
