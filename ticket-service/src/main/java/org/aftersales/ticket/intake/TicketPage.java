package org.aftersales.ticket.intake;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a ticket list, newest first, with the number of tickets that match in all. */
public record TicketPage(
        @Schema(description = "The tickets of this page, newest first") List<TicketView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most tickets a page holds") int size,
        @Schema(description = "How many tickets match, on all pages") long total) {
}
