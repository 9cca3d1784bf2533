package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An old part (旧件) came back.
 *
 * @param oldPartId the old part, also the event's subject
 * @param ticketId the ticket it was taken out on
 * @param customerOrganisation the ticket's customer organisation, when known
 * @param partNumber the part
 * @param serialNumber the unit's serial, for a serial-tracked part
 * @param engineer the engineer who took it out
 * @param warehouseId where it was received
 * @param late whether it came back after it was expected
 */
public record OldPartReceived(UUID oldPartId, UUID ticketId, String customerOrganisation, String partNumber,
        String serialNumber, String engineer, UUID warehouseId, boolean late, String receivedBy, Instant receivedAt) {

    public OldPartReceived {
        Objects.requireNonNull(oldPartId, "oldPartId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
