package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reserved part was issued, consumed on the repair, or returned unused.
 *
 * @param reservationId the reservation, also the event's subject
 * @param ticketId the ticket it serves
 * @param customerOrganisation the ticket's customer organisation, when known
 * @param partNumber the part
 * @param warehouseId the location it was issued from
 * @param quantity how many units
 * @param serialNumber the unit's serial number, for a serial-tracked part
 * @param movedBy who recorded it
 * @param movedAt when
 */
public record PartMoved(UUID reservationId, UUID ticketId, String customerOrganisation, String partNumber,
        UUID warehouseId, int quantity, String serialNumber, String movedBy, Instant movedAt) {

    public PartMoved {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(movedAt, "movedAt");
    }
}
