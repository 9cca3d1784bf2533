package org.aftersales.parts.spare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.parts.SpareRequestChanged;
import org.aftersales.platform.deadline.Deadline;
import org.aftersales.platform.deadline.DeadlineBreach;
import org.aftersales.platform.deadline.DeadlineState;

/** 备品备件申请: a spare part or a backup unit of a model wanted on site for a ticket, within the contract's target. */
@Entity
@Table(name = "spare_request")
public class SpareRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    @Column(name = "part_number", updatable = false)
    public String partNumber;

    @Column(updatable = false)
    public String model;

    @Column(nullable = false, updatable = false)
    public int quantity;

    @Column(nullable = false, updatable = false)
    public String site;

    @Column(updatable = false)
    public String region;

    @Column(nullable = false, updatable = false)
    public String reason;

    /** The contract whose spare-part promise set the deadline; null: the default promise. */
    @Column(name = "contract_id", updatable = false)
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SpareRequestStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public Instant requestedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    public Instant dueAt;

    @Column(name = "picked_by")
    public String pickedBy;

    @Column(name = "picked_at")
    public Instant pickedAt;

    @Column(name = "warehouse_id")
    public UUID warehouseId;

    @Column(name = "dispatched_by")
    public String dispatchedBy;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    public Instant eta;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Version
    public long version;

    SpareRequestChanged event(DeadlineState deadlineState, String by, Instant at) {
        return new SpareRequestChanged(id, ticketId, customerOrganisation, partNumber, model, quantity, warehouseId,
                dueAt, status.name(), deadlineState == null ? null : deadlineState.name(), by, at);
    }

    View view(Deadline deadline, List<DeadlineBreach> breaches) {
        return new View(id, ticketId, customerOrganisation, partNumber, model, quantity, site, region, reason,
                contractId, status, requestedBy, requestedAt, pickedBy, pickedAt, warehouseId, dispatchedBy,
                dispatchedAt, eta, deliveredAt, receivedBy, cancelledBy, cancelledAt, cancelReason,
                deadline == null ? null : new DeadlineView(deadline.promise().text(), deadline.state(),
                        deadline.startedAt(), deadline.warningAt(), deadline.dueAt(), deadline.metAt()),
                breaches.stream().map(breach -> new BreachView(breach.promise(), breach.promisedAt(),
                        breach.breachedAt(), breach.actualAt())).toList());
    }

    /** A spare request as the API shows it, with its delivery deadline and its breaches (超时记录). */
    public record View(UUID id, UUID ticketId, String customerOrganisation, String partNumber, String model,
            int quantity, String site, String region, String reason, UUID contractId, SpareRequestStatus status,
            String requestedBy, Instant requestedAt, String pickedBy, Instant pickedAt, UUID warehouseId,
            String dispatchedBy, Instant dispatchedAt, Instant eta, Instant deliveredAt, String receivedBy,
            String cancelledBy, Instant cancelledAt, String cancelReason, DeadlineView deadline,
            List<BreachView> breaches) {
    }

    /** The delivery deadline: the promise as written, where it stands, and its instants. */
    public record DeadlineView(String promise, DeadlineState state, Instant startedAt, Instant warningAt,
            Instant dueAt, Instant metAt) {
    }

    /** A breach of the delivery deadline: when it was promised, when it was breached, when it was finally met. */
    public record BreachView(String promise, Instant promisedAt, Instant breachedAt, Instant actualAt) {
    }

    /** One page of spare requests. */
    public record Page(List<View> items, int page, int size, long total) {
    }
}
