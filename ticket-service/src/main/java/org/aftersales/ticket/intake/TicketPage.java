package org.aftersales.ticket.intake;

import java.util.List;

/** One page of a ticket list, newest first, with the number of tickets that match in all. */
public record TicketPage(List<TicketView> items, int page, int size, long total) {
}
