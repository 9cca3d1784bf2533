package org.aftersales.parts.stock;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One movement to write into the ledger: what, where, how many, why, by whom, and what it serves.
 *
 * @param ticketId the ticket it serves, when it serves one
 * @param reservationId the reservation it belongs to, when it belongs to one
 * @param transferId the transfer it belongs to, when it belongs to one
 * @param replenishmentOrderId the replenishment order (补货单) it receives, when it receives one
 * @param serialNumber the unit, for a serial-tracked part
 */
public record Movement(String partNumber, UUID warehouseId, MovementKind kind, int quantity, UUID ticketId,
        UUID reservationId, UUID transferId, UUID replenishmentOrderId, String serialNumber, String reason,
        String recordedBy, Instant recordedAt) {

    public Movement {
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The same movement of one unit, the one of serial number {@code serial}. */
    public Movement ofUnit(String serial) {
        return new Movement(partNumber, warehouseId, kind, 1, ticketId, reservationId, transferId,
                replenishmentOrderId, serial, reason, recordedBy, recordedAt);
    }

    /** A movement of no replenishment order. */
    public Movement(String partNumber, UUID warehouseId, MovementKind kind, int quantity, UUID ticketId,
            UUID reservationId, UUID transferId, String serialNumber, String reason, String recordedBy,
            Instant recordedAt) {
        this(partNumber, warehouseId, kind, quantity, ticketId, reservationId, transferId, null, serialNumber, reason,
                recordedBy, recordedAt);
    }

    /** A movement of a replenishment order: its receipt, or what leaves the location that fills it. */
    public static Movement ofOrder(UUID orderId, String partNumber, UUID warehouseId, MovementKind kind, int quantity,
            String reason, String recordedBy, Instant recordedAt) {
        return new Movement(partNumber, warehouseId, kind, quantity, null, null, null, orderId, null, reason,
                recordedBy, recordedAt);
    }

    /** A movement with no ticket, reservation or transfer: a receipt, an adjustment, a scrapping. */
    public static Movement of(String partNumber, UUID warehouseId, MovementKind kind, int quantity, String reason,
            String recordedBy, Instant recordedAt) {
        return new Movement(partNumber, warehouseId, kind, quantity, null, null, null, null, reason, recordedBy,
                recordedAt);
    }
}
