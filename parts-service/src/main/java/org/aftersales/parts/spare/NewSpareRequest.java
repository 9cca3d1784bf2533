package org.aftersales.parts.spare;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.aftersales.parts.catalogue.PartNumbers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/spare-requests}: a spare part, or a backup unit of a model, on site for a ticket.
 * Exactly one of {@code partNumber} and {@code model}.
 */
@Schema(name = "NewSpareRequest")
public record NewSpareRequest(
        @Schema(description = "The ticket that needs the spare", required = true) @NotNull UUID ticketId,
        @Schema(description = "The part wanted; give this or model", examples = "PM-8000-PSU")
        @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @Schema(description = "A backup unit (备机) of this model instead of a part", examples = "PM-8000")
        @Size(min = 1, max = 100) String model,
        @Schema(description = "How many are wanted") @NotNull @Min(1) @Max(1000) Integer quantity,
        @Schema(description = "Where on site it is wanted", examples = "上海市第一人民医院 放射科 3 楼")
        @NotBlank @Size(max = 500) String site,
        @Schema(description = "The site's region, as warehouses name theirs; ranks the suggested warehouses",
                examples = "east")
        @Size(min = 1, max = 100) String region,
        @Schema(description = "The ticket's customer organisation; when parts-service knows the ticket it must match",
                examples = "dealer-a/customer-a")
        @Size(max = 300) String customerOrganisation,
        @Schema(description = "Why the spare is needed") @NotBlank @Size(max = 1000) String reason) {
}
