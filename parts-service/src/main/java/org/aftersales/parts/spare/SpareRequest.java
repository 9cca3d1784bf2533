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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    public record View(
            @Schema(description = "The spare request's id", required = true) UUID id,
            @Schema(description = "The ticket that needs the spare", required = true) UUID ticketId,
            @Schema(description = "The ticket's customer organisation") String customerOrganisation,
            @Schema(description = "The part requested; null when a host unit of a model is requested") String partNumber,
            @Schema(description = "The model of host unit requested; null when a part is requested") String model,
            @Schema(description = "How many are requested") int quantity,
            @Schema(description = "Where the spare must be delivered") String site,
            @Schema(description = "The region of the site; null when not known") String region,
            @Schema(description = "Why the spare is needed") String reason,
            @Schema(description = "The contract whose spare-part promise set the deadline; null: the default promise", nullable = true) UUID contractId,
            @Schema(description = "Where the request is on its way to the site", required = true) SpareRequestStatus status,
            @Schema(description = "Who requested it") String requestedBy,
            @Schema(description = "When it was requested", required = true) Instant requestedAt,
            @Schema(description = "Who picked it; null until picked") String pickedBy,
            @Schema(description = "When it was picked; null until picked", nullable = true) Instant pickedAt,
            @Schema(description = "The warehouse it was picked from; null until picked", nullable = true) UUID warehouseId,
            @Schema(description = "Who dispatched it; null until dispatched") String dispatchedBy,
            @Schema(description = "When it was dispatched; null until dispatched", nullable = true) Instant dispatchedAt,
            @Schema(description = "When it is expected on site; null until dispatched", nullable = true) Instant eta,
            @Schema(description = "When it was delivered on site; null until delivered", nullable = true) Instant deliveredAt,
            @Schema(description = "Who received it on site; null until delivered") String receivedBy,
            @Schema(description = "Who cancelled it; null unless cancelled") String cancelledBy,
            @Schema(description = "When it was cancelled; null unless cancelled", nullable = true) Instant cancelledAt,
            @Schema(description = "Why it was cancelled; null unless cancelled") String cancelReason,
            @Schema(description = "The delivery deadline; null when none is kept", nullable = true) DeadlineView deadline,
            @Schema(description = "The breaches of the delivery deadline (超时记录), oldest first") List<BreachView> breaches) {
    }

    /** The delivery deadline: the promise as written, where it stands, and its instants. */
    public record DeadlineView(
            @Schema(description = "The promise as written, e.g. PT4H or 3 working days") String promise,
            @Schema(description = "Where the deadline stands", required = true) DeadlineState state,
            @Schema(description = "When it started counting", required = true) Instant startedAt,
            @Schema(description = "When it warns; null when it does not", nullable = true) Instant warningAt,
            @Schema(description = "When the spare is due on site", required = true) Instant dueAt,
            @Schema(description = "When it was met; null while it is not", nullable = true) Instant metAt) {
    }

    /** A breach of the delivery deadline: when it was promised, when it was breached, when it was finally met. */
    public record BreachView(
            @Schema(description = "The promise as written") String promise,
            @Schema(description = "The due instant that passed", required = true) Instant promisedAt,
            @Schema(description = "When the breach was recorded", required = true) Instant breachedAt,
            @Schema(description = "When the promise was finally kept; null until then", nullable = true) Instant actualAt) {
    }

    /** One page of spare requests. */
    public record Page(
            @Schema(description = "The spare requests of this page") List<View> items,
            @Schema(description = "The page's number, from 0") int page,
            @Schema(description = "The most spare requests a page holds") int size,
            @Schema(description = "How many spare requests match, on all pages") long total) {
    }
}
