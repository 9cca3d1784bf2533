package org.aftersales.events.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 备机: a backup unit is owed at the vendor's cost, as the contract's loaner term says (seed 003: not fixed within 24 h
 * and back to the factory; seed 002: a repair longer than 2 days). Published once per ticket; parts-service lends the
 * unit.
 *
 * @param deviceSerial the device under repair
 * @param deviceId the device in its owning organisation's installed base, when known
 * @param reason the term that applies, e.g. {@code not resolved within PT24H and returned to the factory}
 * @param dueSince when the repair passed the term's duration
 */
public record LoanerDue(UUID ticketId, String customerOrganisation, String deviceSerial, UUID deviceId, String reason,
        Instant dueSince) {

    public LoanerDue {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(deviceSerial, "deviceSerial");
        Objects.requireNonNull(dueSince, "dueSince");
    }
}
