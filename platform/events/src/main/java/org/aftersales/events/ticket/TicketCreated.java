package org.aftersales.events.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A service ticket (工单) was registered.
 *
 * @param ticketId the ticket, also the event's subject
 * @param customerOrganisation the customer organisation the ticket belongs to (its tenant)
 * @param deviceSerial the serial number of the faulty device
 * @param faultLevel 故障等级 as reported; absent for a consultation (咨询), which is no fault
 * @param description the symptom in the caller's words
 * @param contact who to call back
 * @param createdBy the user who registered the ticket
 * @param createdAt when it was registered
 * @param kind {@code FAULT}, {@code CONSULTATION} or {@code INSPECTION}; absent in events published before it was
 *     added, which were all faults
 * @param channel how the request came in; absent in events published before it was added
 * @param faultType 故障类型 when known at intake (the agent classifies it later otherwise)
 */
public record TicketCreated(
        UUID ticketId,
        String customerOrganisation,
        String deviceSerial,
        FaultLevel faultLevel,
        String description,
        Contact contact,
        String createdBy,
        Instant createdAt,
        String kind,
        Channel channel,
        FaultType faultType) {

    public TicketCreated {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(deviceSerial, "deviceSerial");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
