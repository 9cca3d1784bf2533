package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Stock of a part at a location was reserved for a ticket.
 *
 * @param reservationId the reservation, also the event's subject
 * @param ticketId the ticket it serves
 * @param customerOrganisation the ticket's customer organisation, when parts-service knows the ticket
 * @param partNumber the part (备件号)
 * @param warehouseId the location it is reserved at
 * @param quantity how many units
 * @param purpose {@code REPAIR}, or {@code REPLACEMENT} / {@code SUPPLEMENTARY} (seed 001: these need a manager's
 *     approval before they are issued)
 * @param awaitingApproval whether it waits for that approval
 * @param neededBy when the ticket needs it, when said
 * @param expiresAt when it is released unless issued
 * @param reservedBy who reserved it
 * @param reservedAt when
 */
public record ReservationMade(UUID reservationId, UUID ticketId, String customerOrganisation, String partNumber,
        UUID warehouseId, int quantity, String purpose, boolean awaitingApproval, Instant neededBy, Instant expiresAt,
        String reservedBy, Instant reservedAt) {

    public ReservationMade {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reservedAt, "reservedAt");
    }
}
