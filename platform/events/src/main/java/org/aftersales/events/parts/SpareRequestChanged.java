package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A spare part or backup unit requested on site for a ticket (备品备件), as it stands after the event.
 *
 * @param requestId the request
 * @param ticketId the ticket it serves, also the event's subject (ADR 0041)
 * @param customerOrganisation the ticket's customer organisation (the tenant)
 * @param partNumber the part requested, null when a backup unit of a model is
 * @param model the model of the backup unit requested, null when a part is
 * @param quantity how many
 * @param warehouseId the warehouse it was dispatched from, null before dispatch
 * @param deadline when it is due on site (the contract's {@code spares.delivery}, default 4 h, 7×24)
 * @param state {@code REQUESTED}, {@code PICKED}, {@code DISPATCHED}, {@code DELIVERED} or {@code CANCELLED}
 * @param deadlineState the delivery deadline's state: {@code RUNNING}, {@code WARNING}, {@code BREACHED},
 *     {@code MET}, {@code MET_LATE} or {@code CANCELLED}
 * @param by who did what the event reports (the system for a warning or breach)
 * @param at when
 */
public record SpareRequestChanged(UUID requestId, UUID ticketId, String customerOrganisation, String partNumber,
        String model, int quantity, UUID warehouseId, Instant deadline, String state, String deadlineState, String by,
        Instant at) {

    public SpareRequestChanged {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }
}
