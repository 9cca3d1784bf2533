package org.aftersales.warranty.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer record as the API shows it. */
public record CustomerView(
        UUID id,
        String organisation,
        String parentOrganisation,
        String name,
        String shortName,
        List<Contact> contacts,
        boolean keyCustomer,
        String notes,
        String registeredBy,
        Instant registeredAt,
        String updatedBy,
        Instant updatedAt,
        long version) {
}
