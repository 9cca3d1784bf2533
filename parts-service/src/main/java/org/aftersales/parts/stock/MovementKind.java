package org.aftersales.parts.stock;

/**
 * The kinds of ledger entry (台账) and what each does to the stock of its part at its location. This is the one
 * place that says so: stock levels change only by these rules, and {@link Reconciliation} proves the levels are the
 * sum of the entries.
 */
public enum MovementKind {
    /** 入库: stock arrived (from the manufacturer, a replenishment order, a repair). */
    RECEIPT(1, 0, 0),
    /** A transfer left this location. */
    TRANSFER_OUT(-1, 0, 0),
    /** A transfer to this location is on its way. */
    TRANSFER_DISPATCHED(0, 0, 1),
    /** A transfer arrived here. */
    TRANSFER_IN(1, 0, -1),
    /** Set aside for a ticket. */
    RESERVATION(0, 1, 0),
    /** A reservation gave its stock back. */
    RELEASE(0, -1, 0),
    /** 出库: a reserved part left the shelf, to an engineer or a site. */
    ISSUE(-1, -1, 0),
    /** An issued part was used on the repair: a fact for the ticket, no change on the shelf. */
    CONSUMPTION(0, 0, 0),
    /** An issued part came back unused. */
    RETURN(1, 0, 0),
    /** 盘点: a count found more than the books. */
    ADJUSTMENT_UP(1, 0, 0),
    /** 盘点: a count found less than the books. */
    ADJUSTMENT_DOWN(-1, 0, 0),
    /** 报废: written off. */
    SCRAP(-1, 0, 0),
    /** 备机借出: a backup unit lent to a ticket's customer. */
    LOAN_OUT(-1, 0, 0),
    /** 备机收回: a lent backup unit came back. */
    LOAN_BACK(1, 0, 0);

    private final int onHand;
    private final int reserved;
    private final int inTransit;

    MovementKind(int onHand, int reserved, int inTransit) {
        this.onHand = onHand;
        this.reserved = reserved;
        this.inTransit = inTransit;
    }

    /** What an entry of this kind for {@code quantity} units changes. */
    public StockChange change(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a movement moves at least one unit: " + quantity);
        }
        return new StockChange(onHand * quantity, reserved * quantity, inTransit * quantity);
    }
}
