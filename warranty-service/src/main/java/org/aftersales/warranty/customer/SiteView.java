package org.aftersales.warranty.customer;

import java.time.Instant;
import java.util.UUID;

/** A site as the API shows it. */
public record SiteView(
        UUID id,
        String customerOrganisation,
        String name,
        String address,
        String region,
        Contact contact,
        String createdBy,
        Instant createdAt,
        long version) {
}
