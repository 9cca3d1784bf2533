package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An old part went back to the manufacturer.
 *
 * @param oldPartId the old part, also the event's subject
 * @param rmaNumber the manufacturer's RMA number
 * @param shipment how it was sent (carrier and waybill)
 */
public record RmaSent(UUID oldPartId, UUID ticketId, String partNumber, String serialNumber, String rmaNumber,
        String shipment, String sentBy, Instant sentAt) {

    public RmaSent {
        Objects.requireNonNull(oldPartId, "oldPartId");
        Objects.requireNonNull(rmaNumber, "rmaNumber");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
