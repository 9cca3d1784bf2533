package org.aftersales.parts.stock;

import java.util.List;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/**
 * The ledger refused a movement (409): the stock is short, the location is frozen for a stock count, or the unit it
 * names is not available (then naming the field that gave the serial number).
 */
public final class StockRefusal extends ProblemException {

    /** Why the ledger refused it. */
    public enum Reason {
        /** Too little stock for the movement: for a reservation, too little available (an oversell refused). */
        INSUFFICIENT_STOCK,
        /** The location is frozen for an open stock count (盘点). */
        STOCK_COUNT,
        /** The unit a serial-tracked movement names is not where and how the movement needs it (ADR 0035). */
        UNIT_UNAVAILABLE
    }

    private final Reason reason;

    StockRefusal(Reason reason, String detail) {
        super(409, "Conflict", detail, List.of());
        this.reason = reason;
    }

    StockRefusal(Reason reason, String detail, String field) {
        super(409, "Conflict", detail, List.of(new FieldProblem(field, detail)));
        this.reason = reason;
    }

    /** The same refusal of a unit, naming {@code field}: where a request gave its serial number. */
    public StockRefusal naming(String field) {
        return new StockRefusal(reason, getMessage(), field);
    }

    public Reason reason() {
        return reason;
    }
}
