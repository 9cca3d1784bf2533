package org.aftersales.notification.returnvisit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.notification.FollowUp;

/** A return visit (回访) owed to the customer after a closed ticket: open until the customer was reached. */
@Entity
@Table(name = "return_visit")
public class ReturnVisit extends PanacheEntityBase {

    /** OPEN until an outcome with the customer reached is recorded, then RECORDED. */
    public enum State {
        OPEN, RECORDED
    }

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, unique = true)
    public UUID ticketId;

    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    @Column(name = "device_serial")
    public String deviceSerial;

    /** The engineer who served the ticket. */
    public String engineer;

    /** The contract's promise as the deadline kit writes it, e.g. {@code 3 working days}. */
    @Column(nullable = false)
    public String promise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** Outcomes recorded so far, unreached ones included. */
    @Column(nullable = false)
    public int attempts;

    /** The latest outcome: whether the customer was reached, satisfied, and what follows. */
    public Boolean reached;

    public Boolean satisfied;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up")
    public FollowUp followUp;

    @Column(name = "customer_words")
    public String customerWords;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    @Version
    public int version;
}
