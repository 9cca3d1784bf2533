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
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;

/** One classification of a ticket by an agent: fault level and type before and after, who and when. */
@Entity
@Table(name = "ticket_classification")
public class TicketClassification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", updatable = false)
    public FaultLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false, updatable = false)
    public FaultLevel toLevel;

    /** The fault type before, null when it was not yet known. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_type", updatable = false)
    public FaultType fromType;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_type", nullable = false, updatable = false)
    public FaultType toType;

    @Column(name = "classified_by", nullable = false, updatable = false)
    public String classifiedBy;

    @Column(name = "classified_at", nullable = false, updatable = false)
    public Instant classifiedAt;
}
