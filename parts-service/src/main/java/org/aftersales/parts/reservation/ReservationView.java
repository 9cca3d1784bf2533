package org.aftersales.parts.reservation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reservation as the API shows it. */
public record ReservationView(UUID id, UUID ticketId, String customerOrganisation, String partNumber,
        UUID warehouseId, int quantity, Purpose purpose, String reason, ReservationStatus status, Instant neededBy,
        Instant expiresAt, String reservedBy, Instant reservedAt, String decidedBy, Instant decidedAt,
        String decisionNote, String issuedTo, String serialNumber, ReleaseReason releasedReason, String closedBy,
        Instant closedAt) {

    static ReservationView of(Reservation r) {
        return new ReservationView(r.id, r.ticketId, r.customerOrganisation, r.partNumber, r.warehouseId, r.quantity,
                r.purpose, r.reason, r.status, r.neededBy, r.expiresAt, r.reservedBy, r.reservedAt, r.decidedBy,
                r.decidedAt, r.decisionNote, r.issuedTo, r.serialNumber, r.releasedReason, r.closedBy, r.closedAt);
    }

    /** One page of reservations, newest first. */
    public record Page(List<ReservationView> items, int page, int size, long total) {
    }
}
