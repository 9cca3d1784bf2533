package org.aftersales.events.device;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A device moved to another customer organisation (resale, a customer's reorganisation). */
public record DeviceTransferred(UUID deviceId, String serialNumber, String fromOrganisation, String toOrganisation,
        String site, String transferredBy, Instant transferredAt) {

    public DeviceTransferred {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(fromOrganisation, "fromOrganisation");
        Objects.requireNonNull(toOrganisation, "toOrganisation");
    }
}
