package org.aftersales.events.ticket;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An inspection (巡检) ticket was created ahead of its date: planned from a contract's cadence, or a one-off
 * before a customer's major event (重大活动保障). Notification and dispatch plan the visit from it.
 *
 * @param ticketId the inspection ticket, also the event's subject
 * @param customerOrganisation the customer organisation whose device is inspected (its tenant)
 * @param deviceSerial the device to inspect
 * @param contractId the contract whose cadence planned it; the device's contract for a one-off, when known
 * @param scheduleName the contract's schedule, e.g. {@code quarterly}; null for a one-off
 * @param occasion the customer's major event a one-off inspection prepares for, e.g. 国庆保障; null when planned
 * @param dueOn the day the inspection is due
 */
public record InspectionDue(
        UUID ticketId,
        String customerOrganisation,
        String deviceSerial,
        UUID contractId,
        String scheduleName,
        String occasion,
        LocalDate dueOn) {

    public InspectionDue {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(deviceSerial, "deviceSerial");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
