package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reservation gave its stock back.
 *
 * @param reservationId the reservation, also the event's subject
 * @param ticketId the ticket it served
 * @param customerOrganisation the ticket's customer organisation, when known
 * @param partNumber the part
 * @param warehouseId the location
 * @param quantity how many units became available again
 * @param reason {@code CANCELLED}, {@code EXPIRED}, {@code REFUSED} (approval refused), {@code TICKET_CANCELLED} or
 *     {@code TICKET_RESOLVED} (resolved without it)
 * @param note the words given with it (a refusal's reason), when any
 * @param releasedBy who released it ({@code parts-service} for expiry and ticket events)
 * @param releasedAt when
 */
public record ReservationReleased(UUID reservationId, UUID ticketId, String customerOrganisation, String partNumber,
        UUID warehouseId, int quantity, String reason, String note, String releasedBy, Instant releasedAt) {

    public ReservationReleased {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
