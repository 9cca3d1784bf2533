package org.aftersales.events.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A service ticket's repair ended: the facts warranty-service keeps as the device's repair history
 * (for 三包 counts such as "the same fault repaired twice and still failing").
 *
 * @param ticketId the ticket, also the event's subject
 * @param customerOrganisation the ticket's customer organisation
 * @param deviceSerial the repaired device
 * @param component the repaired component (主要部件), or null for the whole unit
 * @param faultCode the diagnosed fault, so that repeats of the same fault can be counted
 * @param repairStartedAt when the repair began (报修 or arrival, as the contract counts)
 * @param repairEndedAt when service was restored or the repair given up
 * @param partsUsed part numbers used in the repair
 * @param faultGone whether the fault is gone (false: repaired but still failing)
 * @param resolvedBy the engineer or agent who resolved it
 * @param deviceId the device in its owning organisation's installed base, when the serial is known there
 * @param stoppedWork whether the fault stopped the customer's work (an outage, 停机); null when not stated
 * @param partsWaiting how long the repair waited for parts (ISO-8601 duration, e.g. {@code PT26H}); null when none
 * @param delayCause why the repair took longer than promised, when it did ({@code PARTS}, {@code CUSTOMER},
 *     {@code MANUFACTURER}, {@code SERVICE}); null otherwise
 */
public record TicketResolved(
        UUID ticketId,
        String customerOrganisation,
        String deviceSerial,
        String component,
        String faultCode,
        Instant repairStartedAt,
        Instant repairEndedAt,
        List<String> partsUsed,
        boolean faultGone,
        String resolvedBy,
        UUID deviceId,
        Boolean stoppedWork,
        String partsWaiting,
        String delayCause) {

    public TicketResolved {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(deviceSerial, "deviceSerial");
        Objects.requireNonNull(faultCode, "faultCode");
        Objects.requireNonNull(repairStartedAt, "repairStartedAt");
        Objects.requireNonNull(repairEndedAt, "repairEndedAt");
        partsUsed = partsUsed == null ? List.of() : List.copyOf(partsUsed);
    }
}
