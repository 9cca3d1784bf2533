package org.aftersales.parts.stock;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the API shows stock, ledger entries and the reconciliation. */
public final class StockViews {

    private StockViews() {
    }

    /** The stock of a part at a location. */
    public record StockView(
            @Schema(description = "The part") String partNumber,
            @Schema(description = "The location holding it", required = true) UUID warehouseId,
            @Schema(description = "How many are on hand at the location") int onHand,
            @Schema(description = "How many of those on hand are promised to tickets") int reserved,
            @Schema(description = "How many are on hand and not reserved") int available,
            @Schema(description = "How many are on their way to the location") int inTransit) {

        static StockView of(StockLevel level) {
            return new StockView(level.partNumber, level.warehouseId, level.onHand, level.reserved,
                    level.onHand - level.reserved, level.inTransit);
        }

        static StockView of(String partNumber, UUID warehouseId, Stock stock) {
            return new StockView(partNumber, warehouseId, stock.onHand(), stock.reserved(), stock.available(),
                    stock.inTransit());
        }
    }

    public record StockPage(
            @Schema(description = "The stock levels of this page") List<StockView> items,
            @Schema(description = "The page's number, from 0") int page,
            @Schema(description = "The most stock levels a page holds") int size,
            @Schema(description = "How many stock levels match, on all pages") long total) {
    }

    /** A unit of a serial-tracked part (序列号): where it is and how. */
    @Schema(name = "StockUnit")
    public record UnitView(
            @Schema(description = "The part") String partNumber,
            @Schema(description = "The unit's serial number") String serialNumber,
            @Schema(description = "The location it is at, or on its way to while IN_TRANSIT, or was issued or lent "
                    + "from", required = true) UUID warehouseId,
            @Schema(description = "IN_STOCK and RESERVED units are on hand at the location", required = true)
            UnitState state,
            @Schema(description = "The reservation that reserved, issued or consumed it; null otherwise",
                    nullable = true) UUID reservationId,
            @Schema(description = "The transfer it travels with while IN_TRANSIT; null otherwise", nullable = true)
            UUID transferId,
            @Schema(description = "When the ledger entry that last moved it was recorded", required = true)
            Instant updatedAt) {

        static UnitView of(StockUnit unit) {
            return new UnitView(unit.partNumber, unit.serialNumber, unit.warehouseId, unit.state, unit.reservationId,
                    unit.transferId, unit.updatedAt);
        }
    }

    public record UnitPage(
            @Schema(description = "The units of this page") List<UnitView> items,
            @Schema(description = "The page's number, from 0") int page,
            @Schema(description = "The most units a page holds") int size,
            @Schema(description = "How many units match, on all pages") long total) {
    }

    /** A ledger entry (台账). */
    public record MovementView(
            @Schema(description = "The entry's id", required = true) UUID id,
            @Schema(description = "The entry's place in the ledger: later entries have higher numbers") long sequence,
            @Schema(description = "The part moved") String partNumber,
            @Schema(description = "The location whose stock it changes", required = true) UUID warehouseId,
            @Schema(description = "What kind of movement it is", required = true) MovementKind kind,
            @Schema(description = "How many parts moved") int quantity,
            @Schema(description = "The change to the stock on hand") int onHandChange,
            @Schema(description = "The change to the reserved stock") int reservedChange,
            @Schema(description = "The change to the stock in transit") int inTransitChange,
            @Schema(description = "The ticket it serves; null when none", nullable = true) UUID ticketId,
            @Schema(description = "The reservation it takes from or releases; null when none", nullable = true) UUID reservationId,
            @Schema(description = "The transfer (调拨) it is part of; null when none", nullable = true) UUID transferId,
            @Schema(description = "The replenishment order (补货单) this entry receives, or fills from this location",
                    type = SchemaType.STRING, format = "uuid", nullable = true)
            UUID replenishmentOrderId,
            @Schema(description = "The serial number of the unit moved, for a serial-tracked part; null otherwise") String serialNumber,
            @Schema(description = "Why it was recorded, in the recorder's words; null when not given") String reason,
            @Schema(description = "Who recorded it") String recordedBy,
            @Schema(description = "When it was recorded", required = true) Instant recordedAt) {

        static MovementView of(StockMovement m) {
            return new MovementView(m.id, m.sequence, m.partNumber, m.warehouseId, m.kind, m.quantity,
                    m.onHandChange, m.reservedChange, m.inTransitChange, m.ticketId, m.reservationId, m.transferId,
                    m.replenishmentOrderId, m.serialNumber, m.reason, m.recordedBy, m.recordedAt);
        }
    }

    public record MovementPage(
            @Schema(description = "The ledger entries of this page") List<MovementView> items,
            @Schema(description = "The page's number, from 0") int page,
            @Schema(description = "The most ledger entries a page holds") int size,
            @Schema(description = "How many ledger entries match, on all pages") long total) {
    }

    /**
     * Whether the stock levels are the sum of the ledger and the units of serial-tracked parts agree with it:
     * {@code balanced} when no level differs from its entries and no location's units from its entries.
     *
     * @param levels how many stock levels were compared
     * @param entries how many ledger entries they were compared with
     * @param units how many units of serial-tracked parts were compared
     * @param differences each level whose books and entries disagree
     * @param unitDifferences each serial-tracked part and location whose units and entries disagree
     */
    public record ReconciliationView(
            @Schema(description = "Whether every stock level is the sum of its ledger entries, and the units of "
                    + "every serial-tracked part agree with them") boolean balanced,
            @Schema(description = "How many stock levels were compared") long levels,
            @Schema(description = "How many ledger entries they were compared with") long entries,
            @Schema(description = "How many units of serial-tracked parts were compared") long units,
            @Schema(description = "Each level whose books and entries disagree") List<Difference> differences,
            @Schema(description = "Each serial-tracked part and location whose units on hand or in transit differ "
                    + "from what its ledger entries add up to") List<UnitDifference> unitDifferences) {
    }

    /** A serial-tracked part at a location: what its ledger entries add up to, and the units the unit table holds. */
    public record UnitDifference(
            @Schema(description = "The part") String partNumber,
            @Schema(description = "The location", required = true) UUID warehouseId,
            @Schema(description = "On hand, as the ledger entries add up") int onHand,
            @Schema(description = "Units IN_STOCK or RESERVED at the location") int unitsOnHand,
            @Schema(description = "In transit to the location, as the ledger entries add up") int inTransit,
            @Schema(description = "Units IN_TRANSIT to the location") int unitsInTransit) {
    }

    /** A stock level and what its ledger entries add up to. */
    public record Difference(
            @Schema(description = "The part") String partNumber,
            @Schema(description = "The location", required = true) UUID warehouseId,
            @Schema(description = "The stock level as recorded", required = true) Stock recorded,
            @Schema(description = "What the ledger entries add up to", required = true) Stock fromLedger) {
    }

    /** A reorder alert (补货预警): what is available, the minimum, and how many to order to be back at it. */
    public record ReorderAlert(
            @Schema(description = "The alert's id", required = true) UUID id,
            @Schema(description = "The part below its minimum") String partNumber,
            @Schema(description = "The location below its minimum", required = true) UUID warehouseId,
            @Schema(description = "What was available when the alert was raised") int available,
            @Schema(description = "The minimum stock it fell below") int minimum,
            @Schema(description = "How many to order to be back at the minimum") int suggestedQuantity,
            @Schema(description = "When the alert was raised", required = true) Instant raisedAt,
            @Schema(description = "The replenishment order (补货单) placed for this alert that is still open "
                    + "(OPEN or PARTLY_RECEIVED); absent while none is", type = SchemaType.STRING, format = "uuid",
                    nullable = true) UUID openOrderId) {
    }

    /**
     * The body of {@code PUT /api/v1/stock/minimums/{warehouseId}/{partNumber}}: an absolute minimum, a share of
     * the installed base, or the share each device's contract sets, exactly one.
     */
    public record Minimum(
            @Schema(description = "An absolute minimum: available stock below it raises a reorder alert. Give this, "
                    + "installedBaseShare or contractShare, exactly one", examples = "3")
            @Min(0) @Max(1_000_000) Integer minimum,
            @Schema(description = "A share of the installed base the location serves, in percent (seed 002: 3): the "
                    + "minimum is ceil(share × installed units of the models the part fits / 100). Give this, minimum "
                    + "or contractShare, exactly one", examples = "3")
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal installedBaseShare,
            @Schema(description = "true: the share each installed device's contract sets (its "
                    + "spares.minimumLocalStockPercent; 3 where its contract sets none, seed 002): the minimum is "
                    + "ceil(Σ share × units / 100). Give this, minimum or installedBaseShare, exactly one",
                    examples = "true") Boolean contractShare) {

        @AssertTrue(message = "give minimum, installedBaseShare or contractShare true, exactly one")
        @JsonIgnore
        @Schema(hidden = true)
        public boolean isInstalledBaseShare() {
            return (minimum != null ? 1 : 0) + (installedBaseShare != null ? 1 : 0)
                    + (Boolean.TRUE.equals(contractShare) ? 1 : 0) == 1;
        }
    }

    /** A location's minimum stock rule for a part, and what it requires now. */
    @Schema(name = "MinimumStock")
    public record MinimumView(
            @Schema(description = "The part", required = true) String partNumber,
            @Schema(description = "The location", required = true) UUID warehouseId,
            @Schema(description = "The absolute minimum; absent when the rule is a share of the installed base")
            Integer minimum,
            @Schema(description = "The share of the installed base, in percent; absent for an absolute minimum "
                    + "and for the contracts' shares") BigDecimal installedBaseShare,
            @Schema(description = "Whether the rule takes the share each installed device's contract sets "
                    + "(spares.minimumLocalStockPercent, else 3)") boolean contractShare,
            @Schema(description = "How many installed units (each device counting its registered quantity) of the "
                    + "models the part fits the location serves; absent for an absolute minimum")
            Long installedDevices,
            @Schema(description = "The minimum now: the absolute one, or the share of the installed units "
                    + "rounded up") int required,
            @Schema(description = "What is available now (on hand, not reserved)") int available) {
    }
}
