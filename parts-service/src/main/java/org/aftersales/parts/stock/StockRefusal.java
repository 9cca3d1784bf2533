package org.aftersales.parts.stock;

import java.util.List;
import org.aftersales.platform.problem.ProblemException;

/** The ledger refused a movement (409): the stock is short, or the location is frozen for a stock count. */
public final class StockRefusal extends ProblemException {

    /** Why the ledger refused it. */
    public enum Reason {
        /** Too little stock for the movement: for a reservation, too little available (an oversell refused). */
        INSUFFICIENT_STOCK,
        /** The location is frozen for an open stock count (盘点). */
        STOCK_COUNT
    }

    private final Reason reason;

    StockRefusal(Reason reason, String detail) {
        super(409, "Conflict", detail, List.of());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
