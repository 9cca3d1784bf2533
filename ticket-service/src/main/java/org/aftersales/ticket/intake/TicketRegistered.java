package org.aftersales.ticket.intake;

/** A CDI event fired inside the registration's transaction, so the ticket's SLA clocks start with it. */
public record TicketRegistered(Ticket ticket) {
}
