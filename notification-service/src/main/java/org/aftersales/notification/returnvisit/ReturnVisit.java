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
import java.time.LocalDate;
import java.util.UUID;
import org.aftersales.events.notification.FollowUp;

/**
 * A return visit (回访) owed to the customer: after a closed ticket, or one of a contract's periodic visits (定期回访);
 * open until the customer was reached, cancelled when a periodic visit is no longer owed.
 */
@Entity
@Table(name = "return_visit")
public class ReturnVisit extends PanacheEntityBase {

    /**
     * OPEN until an outcome with the customer reached is recorded, then RECORDED; a periodic visit no longer owed (its
     * contract terminated, its customer no longer a key customer) is CANCELLED.
     */
    public enum State {
        OPEN, RECORDED, CANCELLED
    }

    /** Why the visit is owed: a closed service ticket, or a contract's periodic return-visit term. */
    public enum Reason {
        SERVICE_CLOSED, PERIODIC
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    /** The closed ticket of a SERVICE_CLOSED visit; null for a periodic one. */
    @Column(name = "ticket_id", unique = true)
    public UUID ticketId;

    /** The contract of a PERIODIC visit, its term's place among the contract's return-visit terms and the period's. */
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "term_index")
    public Integer termIndex;

    public Integer sequence;

    /** The period a PERIODIC visit is made in, both days included (China days). */
    @Column(name = "period_starts_on")
    public LocalDate periodStartsOn;

    @Column(name = "period_ends_on")
    public LocalDate periodEndsOn;

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

    /** When the ticket of a SERVICE_CLOSED visit closed. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public int version;
}
