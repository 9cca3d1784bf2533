package org.aftersales.events.recall;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one affected customer organisation must be told of a recall: its devices, the reason and the remedy.
 * Published once per customer organisation and recall; ticket-service raises a ticket per device from it and
 * notification-service tells the customer.
 */
public record RecallCustomerNotice(UUID recallId, String customerOrganisation, List<Device> devices, String reason,
        String remedy, Instant deadline) {

    public RecallCustomerNotice {
        Objects.requireNonNull(recallId, "recallId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(deadline, "deadline");
        devices = List.copyOf(devices == null ? List.of() : devices);
    }

    /** One affected device. */
    public record Device(String serial, UUID deviceId, String model, String lotNumber) {
    }
}
