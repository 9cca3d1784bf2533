package org.aftersales.parts.stock;

/**
 * The stock of one part at one location: on hand, reserved (on hand but promised to a ticket), in transit towards
 * it, and available (on hand and not reserved).
 */
public record Stock(int onHand, int reserved, int inTransit) {

    public static final Stock NONE = new Stock(0, 0, 0);

    public int available() {
        return onHand - reserved;
    }
}
