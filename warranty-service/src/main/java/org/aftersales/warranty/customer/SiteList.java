package org.aftersales.warranty.customer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's sites, by name. */
public record SiteList(
        @Schema(description = "The customer's sites, by name") List<SiteView> items,
        @Schema(description = "How many sites it has") int total) {
}
