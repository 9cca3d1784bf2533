package org.aftersales.ticket.inspection;

import java.time.LocalDate;

/** One planned visit of an inspection plan: which schedule, on which day. */
public record Occurrence(String scheduleName, LocalDate dueOn) {

    /** An occurrence of one device's plan. */
    record OfDevice(String deviceSerial, Occurrence occurrence) {
    }
}
