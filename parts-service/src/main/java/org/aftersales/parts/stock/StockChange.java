package org.aftersales.parts.stock;

/** What one ledger entry changes in the stock of its part at its location. */
public record StockChange(int onHand, int reserved, int inTransit) {

    /**
     * Whether it may start a stock level that does not exist yet: applied to nothing, it leaves nothing negative and
     * no more reserved than on hand.
     */
    public boolean canStartFromNothing() {
        return reserved >= 0 && inTransit >= 0 && onHand >= reserved;
    }

    /** Whether it takes available stock (on hand and not reserved): refused, it is a shortage of the part. */
    public boolean takesAvailable() {
        return onHand - reserved < 0;
    }
}
