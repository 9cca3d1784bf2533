package org.aftersales.ticket.intake;

/** Where a ticket stands in seed 000's response flow. */
public enum TicketStatus {
    /** 新建: registered, nobody has called back yet. */
    NEW
}
