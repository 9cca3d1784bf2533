package org.aftersales.ticket.intake;

import java.time.LocalDate;
import java.util.Set;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.ticket.sla.SlaClock;

/**
 * What a ticket list asks for; every criterion but the page is optional (null, or empty for the statuses).
 *
 * @param organisation a customer organisation or a partner's subtree, within the caller's own scope
 * @param createdFrom first day of registration, inclusive, in {@link TicketSearch#ZONE}
 * @param createdTo last day of registration, inclusive, in {@link TicketSearch#ZONE}
 * @param slaState tickets with at least one SLA clock in this state now
 * @param page 0-based
 */
public record TicketFilter(Set<TicketStatus> statuses, FaultLevel faultLevel, TicketKind kind, Channel channel,
        String organisation, String deviceSerial, String engineer, SlaClock.State slaState, LocalDate createdFrom,
        LocalDate createdTo, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
}
