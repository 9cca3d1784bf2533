package org.aftersales.events.device;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The customer signed off a device (验收); warranty usually runs from here. */
public record DeviceAccepted(UUID deviceId, String serialNumber, String customerOrganisation, LocalDate acceptanceDate,
        String recordedBy, Instant recordedAt) {

    public DeviceAccepted {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(acceptanceDate, "acceptanceDate");
    }
}
