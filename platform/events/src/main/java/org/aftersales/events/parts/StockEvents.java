package org.aftersales.events.parts;

import org.aftersales.events.EventType;

/**
 * The events of the stock of one part at one location, published by parts-service on topic {@code aftersales.stock};
 * the subject is {@code <warehouseId>/<partNumber>}.
 */
public final class StockEvents {

    public static final String AGGREGATE = "stock";

    /** Available stock fell below the location's minimum for the part: a reorder alert (补货预警). */
    public static final EventType<StockBelowMinimum> BELOW_MINIMUM =
            new EventType<>("aftersales.stock.below-minimum.v1", AGGREGATE, StockBelowMinimum.class);

    private StockEvents() {
    }
}
