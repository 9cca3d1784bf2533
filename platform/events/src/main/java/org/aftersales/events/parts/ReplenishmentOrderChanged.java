package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A replenishment order (补货单) as it stands after the event.
 *
 * @param orderId the order, also the event's subject
 * @param warehouseId the location it replenishes
 * @param quantity how many were ordered
 * @param received how many arrived so far (never more than ordered)
 * @param receivedNow how many arrived with this event; null but for {@code received.v1}
 * @param status {@code OPEN}, {@code PARTLY_RECEIVED}, {@code RECEIVED} or {@code CANCELLED}
 * @param supplier who supplies it, when a supplier does
 * @param fromWarehouseId the location it is filled from, when another location fills it
 * @param reorderAlertId the reorder alert (补货预警) it answers, when it answers one
 * @param by who placed, received or cancelled it
 * @param at when
 */
public record ReplenishmentOrderChanged(UUID orderId, String partNumber, UUID warehouseId, int quantity,
        int received, Integer receivedNow, String status, String supplier, UUID fromWarehouseId, UUID reorderAlertId,
        String reason, String by, Instant at) {

    public ReplenishmentOrderChanged {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
