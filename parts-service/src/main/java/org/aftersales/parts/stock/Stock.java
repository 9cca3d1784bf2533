package org.aftersales.parts.stock;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stock of one part at one location: on hand, reserved (on hand but promised to a ticket), in transit towards
 * it, and available (on hand and not reserved).
 */
public record Stock(
        @Schema(description = "How many are on hand") int onHand,
        @Schema(description = "How many of those on hand are promised to tickets") int reserved,
        @Schema(description = "How many are on their way to the location") int inTransit) {

    public static final Stock NONE = new Stock(0, 0, 0);

    public int available() {
        return onHand - reserved;
    }
}
