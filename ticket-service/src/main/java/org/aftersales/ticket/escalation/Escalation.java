package org.aftersales.ticket.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 升级: one raise of a ticket's escalation level, with what raised it, who and why. */
@Entity
@Table(name = "ticket_escalation")
public class Escalation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", nullable = false, updatable = false)
    public EscalationLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false, updatable = false)
    public EscalationLevel toLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public EscalationTrigger trigger;

    @Column(updatable = false)
    public String reason;

    @Column(name = "escalated_by", nullable = false, updatable = false)
    public String escalatedBy;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    public Instant escalatedAt;
}
