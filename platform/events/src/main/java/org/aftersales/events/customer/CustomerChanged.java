package org.aftersales.events.customer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer organisation as the archive holds it after a registration or an update (the whole record, not a diff).
 *
 * @param organisation the organisation path (ADR 0005), e.g. {@code dealer-a/customer-a}
 * @param keyCustomer 重点客户: return visits at least yearly (seed 001)
 * @param contacts the people to call there, in the archive's order
 * @param version the record's version; a consumer keeps the highest it has seen
 */
public record CustomerChanged(UUID customerId, String organisation, String name, String shortName,
        boolean keyCustomer, List<Contact> contacts, long version, String changedBy, Instant changedAt) {

    public CustomerChanged {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
    }

    /** A person to call: name, department (科室), phone, email and what they do for the service. */
    public record Contact(String name, String department, String phone, String email, String role) {
    }
}
