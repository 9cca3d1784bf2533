package org.aftersales.ticket.loaner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 备机: a backup unit owed for a ticket under its contract's loaner term; one per ticket, as published. */
@Entity
@Table(name = "ticket_loaner")
public class LoanerOwed extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    /** The term that applied, e.g. {@code not resolved within PT24H and returned to the factory}. */
    @Column(nullable = false)
    public String reason;

    /** When the repair passed the term's duration. */
    @Column(name = "due_since", nullable = false)
    public Instant dueSince;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
