package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Available stock of a part at a location fell below its minimum.
 *
 * @param alertId the reorder alert
 * @param available what is available now (on hand, not reserved)
 * @param minimum the location's minimum for the part
 * @param suggestedQuantity how many to order to be back at the minimum
 */
public record StockBelowMinimum(UUID alertId, String partNumber, UUID warehouseId, int available, int minimum,
        int suggestedQuantity, Instant raisedAt) {

    public StockBelowMinimum {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
