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
 * @param assignedEngineer the engineer the ticket is assigned to after the action (e.g. whom it was dispatched to);
 *     null while nobody is
 * @param waitingFor what a waiting ticket waits for ({@code CUSTOMER}, {@code PARTS}, {@code MANUFACTURER}); null
 *     unless the action is WAIT
 */
public record TicketStatusChanged(UUID ticketId, String customerOrganisation, String action, String fromStatus,
        String toStatus, String reason, String changedBy, Instant changedAt, String assignedEngineer,
        String waitingFor) {

    public TicketStatusChanged {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(fromStatus, "fromStatus");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
