package org.aftersales.warranty.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/customers/{organisation}/sites}. */
@Schema(name = "NewSite", description = "A site (现场/使用地点) of a customer")
public record NewSite(
        @Schema(description = "Unique per customer", examples = "住院部 3F ICU") @NotBlank @Size(max = 200) String name,
        @Schema(description = "The site's address", examples = "北京市朝阳区某某路 1 号 住院部 3 层") @Size(max = 500)
        String address,
        @Schema(description = "The region, for dispatch by region", examples = "北京市朝阳区") @Size(max = 100) String region,
        @Schema(description = "The person to call at the site", nullable = true) @Valid Contact contact) {
}
