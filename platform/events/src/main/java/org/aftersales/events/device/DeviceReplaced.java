package org.aftersales.events.device;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A device was exchanged for a new unit (换新, e.g. after repeated failures): the replacement joins the
 * installed base with its own warranty start, the old one leaves it.
 */
public record DeviceReplaced(UUID deviceId, String serialNumber, UUID replacementDeviceId,
        String replacementSerialNumber, String customerOrganisation, LocalDate replacedOn, String reason,
        String replacedBy, Instant replacedAt) {

    public DeviceReplaced {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(replacementDeviceId, "replacementDeviceId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(replacedOn, "replacedOn");
    }
}
