package org.aftersales.events.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket moved through its lifecycle (acknowledged, dispatched, on site, waiting, resolved, confirmed,
 * closed, reopened, cancelled…): what was done, from which status to which, by whom and why.
 *
 * @param action the lifecycle action, e.g. {@code ACKNOWLEDGE}, {@code ARRIVE}, {@code REOPEN}
 * @param reason why, for actions that need one (waiting, rejection, reopening, cancellation)
 */
public record TicketStatusChanged(UUID ticketId, String customerOrganisation, String action, String fromStatus,
        String toStatus, String reason, String changedBy, Instant changedAt) {

    public TicketStatusChanged {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(fromStatus, "fromStatus");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
