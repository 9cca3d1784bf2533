package org.aftersales.warranty.customer;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A site as the API shows it. */
public record SiteView(
        @Schema(description = "The site (现场/使用地点)", required = true) UUID id,
        @Schema(description = "The customer organisation it belongs to") String customerOrganisation,
        @Schema(description = "The site's name, unique per customer", examples = "住院部 3F ICU") String name,
        @Schema(description = "The site's address; null when none") String address,
        @Schema(description = "The region, for dispatch by region; null when none") String region,
        @Schema(description = "The person to call at the site; null when none", nullable = true) Contact contact,
        @Schema(description = "Who created it") String createdBy,
        @Schema(description = "When it was created (ISO-8601, UTC)", required = true) Instant createdAt,
        @Schema(description = "The site's version") long version) {
}
