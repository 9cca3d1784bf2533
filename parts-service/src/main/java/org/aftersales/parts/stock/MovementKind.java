package org.aftersales.parts.stock;

import static org.aftersales.parts.stock.UnitState.GONE;
import static org.aftersales.parts.stock.UnitState.IN_STOCK;
import static org.aftersales.parts.stock.UnitState.IN_TRANSIT;
import static org.aftersales.parts.stock.UnitState.ISSUED;
import static org.aftersales.parts.stock.UnitState.LENT;
import static org.aftersales.parts.stock.UnitState.RESERVED;

import java.util.Set;

/**
 * The kinds of ledger entry (台账) and what each does to the stock of its part at its location and, for a
 * serial-tracked part, to the unit it names (ADR 0035). This is the one place that says so: stock levels and units
 * change only by these rules, and {@link Reconciliation} proves the levels are the sum of the entries and the units
 * agree with them.
 */
public enum MovementKind {
    /** 入库: stock arrived (from the manufacturer, a replenishment order, a repair). */
    RECEIPT(1, 0, 0, UnitRule.arrival()),
    /** A transfer left this location. */
    TRANSFER_OUT(-1, 0, 0, UnitRule.here(Set.of(IN_STOCK), IN_TRANSIT)),
    /** A transfer to this location is on its way. */
    TRANSFER_DISPATCHED(0, 0, 1, UnitRule.anywhere(Set.of(IN_TRANSIT), IN_TRANSIT)),
    /** A transfer arrived here. */
    TRANSFER_IN(1, 0, -1, UnitRule.here(Set.of(IN_TRANSIT), IN_STOCK)),
    /** Set aside for a ticket. */
    RESERVATION(0, 1, 0, UnitRule.here(Set.of(IN_STOCK), RESERVED)),
    /** A reservation gave its stock back. */
    RELEASE(0, -1, 0, UnitRule.here(Set.of(RESERVED), IN_STOCK)),
    /** 出库: a reserved part left the shelf, to an engineer or a site. */
    ISSUE(-1, -1, 0, UnitRule.here(Set.of(IN_STOCK, RESERVED), ISSUED)),
    /** An issued part was used on the repair: a fact for the ticket, no change on the shelf. */
    CONSUMPTION(0, 0, 0, UnitRule.here(Set.of(ISSUED), UnitState.CONSUMED)),
    /** An issued part came back unused. */
    RETURN(1, 0, 0, UnitRule.here(Set.of(ISSUED), IN_STOCK)),
    /** 盘点: a count found more than the books. */
    ADJUSTMENT_UP(1, 0, 0, UnitRule.arrival()),
    /** 盘点: a count found less than the books. */
    ADJUSTMENT_DOWN(-1, 0, 0, UnitRule.here(Set.of(IN_STOCK), UnitState.MISSING)),
    /** 报废: written off. */
    SCRAP(-1, 0, 0, UnitRule.here(Set.of(IN_STOCK), UnitState.SCRAPPED)),
    /** 备机借出: a backup unit lent to a ticket's customer. */
    LOAN_OUT(-1, 0, 0, UnitRule.here(Set.of(IN_STOCK), LENT)),
    /** 备机收回: a lent backup unit came back. */
    LOAN_BACK(1, 0, 0, UnitRule.anywhere(Set.of(LENT), IN_STOCK));

    private final int onHand;
    private final int reserved;
    private final int inTransit;
    private final UnitRule unit;

    MovementKind(int onHand, int reserved, int inTransit, UnitRule unit) {
        this.onHand = onHand;
        this.reserved = reserved;
        this.inTransit = inTransit;
        this.unit = unit;
    }

    /** What an entry of this kind does to the unit it names, for a serial-tracked part. */
    public UnitRule unit() {
        return unit;
    }

    /**
     * Whether an entry of this kind for a serial-tracked part must name its unit: it does when it changes what is on
     * hand or in transit. A reservation, its release and a consumption may name none (a reservation of any unit).
     */
    public boolean needsUnit() {
        return onHand != 0 || inTransit != 0;
    }

    /**
     * What an entry does to its unit: the unit must be in one of {@code from} (or not known yet, when
     * {@code mayBeNew}), at the entry's location when {@code here}, of the entry's reservation when it belongs to one
     * and of the entry's transfer when it travels; it is then in state {@code to} at the entry's location.
     */
    public record UnitRule(Set<UnitState> from, boolean mayBeNew, boolean here, UnitState to) {

        /** A unit arrives from outside the service's stock: unknown, or gone (consumed, scrapped, missing). */
        static UnitRule arrival() {
            return new UnitRule(GONE, true, false, IN_STOCK);
        }

        static UnitRule here(Set<UnitState> from, UnitState to) {
            return new UnitRule(from, false, true, to);
        }

        static UnitRule anywhere(Set<UnitState> from, UnitState to) {
            return new UnitRule(from, false, false, to);
        }
    }

    /** What an entry of this kind for {@code quantity} units changes. */
    public StockChange change(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a movement moves at least one unit: " + quantity);
        }
        return new StockChange(onHand * quantity, reserved * quantity, inTransit * quantity);
    }
}
