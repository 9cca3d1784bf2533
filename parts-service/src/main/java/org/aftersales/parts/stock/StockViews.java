package org.aftersales.parts.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How the API shows stock, ledger entries and the reconciliation. */
public final class StockViews {

    private StockViews() {
    }

    /** The stock of a part at a location. */
    public record StockView(String partNumber, UUID warehouseId, int onHand, int reserved, int available,
            int inTransit) {

        static StockView of(StockLevel level) {
            return new StockView(level.partNumber, level.warehouseId, level.onHand, level.reserved,
                    level.onHand - level.reserved, level.inTransit);
        }

        static StockView of(String partNumber, UUID warehouseId, Stock stock) {
            return new StockView(partNumber, warehouseId, stock.onHand(), stock.reserved(), stock.available(),
                    stock.inTransit());
        }
    }

    public record StockPage(List<StockView> items, int page, int size, long total) {
    }

    /** A ledger entry (台账). */
    public record MovementView(UUID id, long sequence, String partNumber, UUID warehouseId, MovementKind kind,
            int quantity, int onHandChange, int reservedChange, int inTransitChange, UUID ticketId,
            UUID reservationId, UUID transferId, String serialNumber, String reason, String recordedBy,
            Instant recordedAt) {

        static MovementView of(StockMovement m) {
            return new MovementView(m.id, m.sequence, m.partNumber, m.warehouseId, m.kind, m.quantity,
                    m.onHandChange, m.reservedChange, m.inTransitChange, m.ticketId, m.reservationId, m.transferId,
                    m.serialNumber, m.reason, m.recordedBy, m.recordedAt);
        }
    }

    public record MovementPage(List<MovementView> items, int page, int size, long total) {
    }

    /**
     * Whether the stock levels are the sum of the ledger: {@code balanced} when no level differs from its entries.
     *
     * @param levels how many stock levels were compared
     * @param entries how many ledger entries they were compared with
     * @param differences each level whose books and entries disagree
     */
    public record ReconciliationView(boolean balanced, long levels, long entries, List<Difference> differences) {
    }

    /** A stock level and what its ledger entries add up to. */
    public record Difference(String partNumber, UUID warehouseId, Stock recorded, Stock fromLedger) {
    }

    /** A reorder alert (补货预警): what is available, the minimum, and how many to order to be back at it. */
    public record ReorderAlert(UUID id, String partNumber, UUID warehouseId, int available, int minimum,
            int suggestedQuantity, Instant raisedAt) {
    }

    /** The body of {@code PUT /api/v1/stock/minimums/{warehouseId}/{partNumber}}. */
    public record Minimum(@NotNull @Min(0) @Max(1_000_000) Integer minimum) {
    }
}
