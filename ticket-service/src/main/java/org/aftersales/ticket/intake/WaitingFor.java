package org.aftersales.ticket.intake;

/** What a WAITING ticket waits for; the contract says which of them stop its SLA clocks. */
public enum WaitingFor {
    /** 等待客户: access to the site, an answer, a test window (pause condition {@code WAITING_FOR_CUSTOMER}). */
    CUSTOMER,
    /** 等待备件: spare parts ({@code WAITING_FOR_PARTS}; pauses only where the contract says so). */
    PARTS,
    /** 等待原厂: the manufacturer, e.g. an RMA ({@code WAITING_FOR_MANUFACTURER}). */
    MANUFACTURER;

    /** The name of the commitment's pause condition for this wait. */
    public String pauseCondition() {
        return "WAITING_FOR_" + name();
    }
}
