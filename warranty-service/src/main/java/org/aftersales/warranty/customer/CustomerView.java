package org.aftersales.warranty.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer record as the API shows it. */
public record CustomerView(
        @Schema(description = "The customer record", required = true) UUID id,
        @Schema(description = "The customer's organisation path", examples = "dealer-a/customer-a") String organisation,
        @Schema(description = "The organisation above it, e.g. its dealer", examples = "dealer-a")
        String parentOrganisation,
        @Schema(description = "The customer's full name", examples = "北京某某医院") String name,
        @Schema(description = "The customer's short name; null when none") String shortName,
        @Schema(description = "The people to call") List<Contact> contacts,
        @Schema(description = "重点客户: return visits at least yearly") boolean keyCustomer,
        @Schema(description = "Notes about the customer; null when none") String notes,
        @Schema(description = "Who registered it") String registeredBy,
        @Schema(description = "When it was registered (ISO-8601, UTC)", required = true) Instant registeredAt,
        @Schema(description = "Who last changed it; null before any change") String updatedBy,
        @Schema(description = "When it was last changed (ISO-8601, UTC); null before any change", nullable = true)
        Instant updatedAt,
        @Schema(description = "The record's version: send it back with a change") long version) {
}
