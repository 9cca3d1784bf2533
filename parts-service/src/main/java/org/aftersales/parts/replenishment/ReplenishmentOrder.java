package org.aftersales.parts.replenishment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.parts.ReplenishmentOrderChanged;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 补货单: stock of a part ordered for a location, from a supplier or another location, and how much of it arrived.
 * What is received only ever grows by a conditional update of the row ({@link ReplenishmentOrders}), never beyond
 * what was ordered (the table's check constraint is the backstop).
 */
@Entity
@Table(name = "replenishment_order")
public class ReplenishmentOrder extends PanacheEntityBase {

    /** OPEN → PARTLY_RECEIVED → RECEIVED; OPEN or PARTLY_RECEIVED → CANCELLED. */
    public enum Status { OPEN, PARTLY_RECEIVED, RECEIVED, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "part_number", nullable = false, updatable = false)
    public String partNumber;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    public UUID warehouseId;

    @Column(nullable = false, updatable = false)
    public int quantity;

    @Column(nullable = false, insertable = false, updatable = false)
    public int received;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Status status;

    @Column(updatable = false)
    public String supplier;

    @Column(name = "from_warehouse_id", updatable = false)
    public UUID fromWarehouseId;

    @Column(name = "reorder_alert_id", updatable = false)
    public UUID reorderAlertId;

    @Column(updatable = false)
    public String reason;

    @Column(name = "ordered_by", nullable = false, updatable = false)
    public String orderedBy;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    public Instant orderedAt;

    @Column(name = "cancelled_by", insertable = false, updatable = false)
    public String cancelledBy;

    @Column(name = "cancelled_at", insertable = false, updatable = false)
    public Instant cancelledAt;

    /** A replenishment order as the API shows it. */
    @Schema(name = "ReplenishmentOrder")
    public record View(
            @Schema(description = "The order", required = true) UUID id,
            @Schema(description = "The part ordered") String partNumber,
            @Schema(description = "The location it replenishes", required = true) UUID warehouseId,
            @Schema(description = "How many were ordered") int quantity,
            @Schema(description = "How many arrived so far; never more than ordered") int received,
            @Schema(description = "OPEN, PARTLY_RECEIVED, RECEIVED or CANCELLED", required = true) Status status,
            @Schema(description = "Who supplies it, when a supplier does") String supplier,
            @Schema(description = "The location it is filled from, when another location fills it",
                    type = SchemaType.STRING, format = "uuid", nullable = true)
            UUID fromWarehouseId,
            @Schema(description = "The reorder alert (补货预警) it answers, when it answers one",
                    type = SchemaType.STRING, format = "uuid", nullable = true) UUID reorderAlertId,
            @Schema(description = "Why it was ordered") String reason,
            @Schema(description = "Who placed it") String orderedBy,
            @Schema(description = "When it was placed", required = true) Instant orderedAt,
            @Schema(description = "Who cancelled it, once cancelled") String cancelledBy,
            @Schema(description = "When it was cancelled, once cancelled", type = SchemaType.STRING,
                    format = "date-time", nullable = true) Instant cancelledAt) {
    }

    /** A page of replenishment orders. */
    @Schema(name = "ReplenishmentOrderPage")
    public record Page(
            @Schema(description = "The orders of the page, newest first") List<View> items,
            @Schema(description = "The page number, from 0") int page,
            @Schema(description = "The page size") int size,
            @Schema(description = "How many orders match in all") long total) {
    }

    View view() {
        return new View(id, partNumber, warehouseId, quantity, received, status, supplier, fromWarehouseId,
                reorderAlertId, reason, orderedBy, orderedAt, cancelledBy, cancelledAt);
    }

    ReplenishmentOrderChanged event(Integer receivedNow, String by, Instant at) {
        return new ReplenishmentOrderChanged(id, partNumber, warehouseId, quantity, received, receivedNow,
                status.name(), supplier, fromWarehouseId, reorderAlertId, reason, by, at);
    }
}
