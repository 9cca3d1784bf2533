package org.aftersales.events.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A planned inspection (巡检) of a device was carried out, with its record sheet: the facts
 * warranty-service keeps in the device's history.
 *
 * @param ticketId the inspection ticket, also the event's subject
 * @param grounding 接地 as found, e.g. {@code OK} or a measured value
 * @param dust 灰尘 as found
 * @param operatingState 运行状态 as found
 * @param softwareVersion the version found installed
 * @param findings what the engineer found and advised
 */
public record InspectionDone(
        UUID ticketId,
        String customerOrganisation,
        String deviceSerial,
        Instant inspectedAt,
        String grounding,
        String dust,
        String operatingState,
        String softwareVersion,
        String findings,
        String inspectedBy) {

    public InspectionDone {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(deviceSerial, "deviceSerial");
        Objects.requireNonNull(inspectedAt, "inspectedAt");
    }
}
