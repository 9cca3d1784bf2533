package org.aftersales.ticket.intake;

import java.time.Instant;

/**
 * A CDI event fired inside the transaction of a lifecycle action, after the ticket took its new status,
 * so the SLA clocks stop, pause, resume or start with it.
 *
 * @param from the status before the action
 * @param waitingFor what the ticket waits for, for {@link TicketAction#WAIT}; null otherwise
 */
public record TicketActionTaken(Ticket ticket, TicketAction action, TicketStatus from, WaitingFor waitingFor,
        Instant at) {
}
