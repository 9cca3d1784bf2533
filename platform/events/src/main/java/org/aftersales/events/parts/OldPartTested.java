package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The quality department's verdict on an old part (旧件鉴定), from which warranty-service's assessment can come.
 *
 * @param oldPartId the old part, also the event's subject
 * @param ticketId the ticket it was taken out on
 * @param customerOrganisation the ticket's customer organisation, when known
 * @param deviceSerial the device it came out of, when known
 * @param deviceId that device in the installed base, when known
 * @param partNumber the part
 * @param serialNumber the unit's serial, for a serial-tracked part
 * @param verdict {@code QUALITY_PROBLEM} or {@code NOT_QUALITY_PROBLEM}
 * @param cause with NOT_QUALITY_PROBLEM, why: warranty-service's causes ({@code MISUSE}, {@code ACCIDENT},
 *     {@code FORCE_MAJEURE}, …); null otherwise
 * @param reason the tester's words
 */
public record OldPartTested(UUID oldPartId, UUID ticketId, String customerOrganisation, String deviceSerial,
        UUID deviceId, String partNumber, String serialNumber, String verdict, String cause, String reason,
        String testedBy, Instant testedAt) {

    public OldPartTested {
        Objects.requireNonNull(oldPartId, "oldPartId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(testedAt, "testedAt");
    }
}
