package org.aftersales.ticket.intake;

/** What a ticket is about. */
public enum TicketKind {
    /** 故障报修: a device does not work as it should; the SLA clocks of its fault level run. */
    FAULT,
    /** 咨询: a question that is not a fault (how to, where to, what it costs). */
    CONSULTATION,
    /** 巡检: a planned or one-off inspection of a device, generated from the contract's cadence. */
    INSPECTION
}
