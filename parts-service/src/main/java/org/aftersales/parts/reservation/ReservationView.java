package org.aftersales.parts.reservation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reservation as the API shows it. */
public record ReservationView(
        @Schema(description = "The reservation's id", required = true) UUID id,
        @Schema(description = "The ticket the part is reserved for", required = true) UUID ticketId,
        @Schema(description = "The ticket's customer organisation; null when not known") String customerOrganisation,
        @Schema(description = "The part reserved") String partNumber,
        @Schema(description = "The location it is reserved at", required = true) UUID warehouseId,
        @Schema(description = "How many are reserved") int quantity,
        @Schema(description = "What the part is for", required = true) Purpose purpose,
        @Schema(description = "Why it is needed; null when not given") String reason,
        @Schema(description = "Where the reservation is in its life", required = true) ReservationStatus status,
        @Schema(description = "When the ticket needs the part; null when not given", nullable = true) Instant neededBy,
        @Schema(description = "When the reservation lapses if not issued", required = true) Instant expiresAt,
        @Schema(description = "Who reserved it") String reservedBy,
        @Schema(description = "When it was reserved", required = true) Instant reservedAt,
        @Schema(description = "Who approved or rejected it; null while undecided") String decidedBy,
        @Schema(description = "When it was approved or rejected; null while undecided", nullable = true) Instant decidedAt,
        @Schema(description = "The approver's note; null when none") String decisionNote,
        @Schema(description = "The engineer it was issued to; null while not issued") String issuedTo,
        @Schema(description = "The serial number of the unit reserved or issued, for a serial-tracked part; null while "
                + "none is named") String serialNumber,
        @Schema(description = "Why it was released; null while not released", nullable = true) ReleaseReason releasedReason,
        @Schema(description = "Who closed it; null while open") String closedBy,
        @Schema(description = "When it was closed; null while open", nullable = true) Instant closedAt) {

    static ReservationView of(Reservation r) {
        return new ReservationView(r.id, r.ticketId, r.customerOrganisation, r.partNumber, r.warehouseId, r.quantity,
                r.purpose, r.reason, r.status, r.neededBy, r.expiresAt, r.reservedBy, r.reservedAt, r.decidedBy,
                r.decidedAt, r.decisionNote, r.issuedTo, r.serialNumber, r.releasedReason, r.closedBy, r.closedAt);
    }

    /** One page of reservations, newest first. */
    public record Page(
            @Schema(description = "The reservations of this page") List<ReservationView> items,
            @Schema(description = "The page's number, from 0") int page,
            @Schema(description = "The most reservations a page holds") int size,
            @Schema(description = "How many reservations match, on all pages") long total) {
    }
}
