package org.aftersales.parts.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.aftersales.parts.catalogue.PartNumbers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/stock/scraps}: stock on the shelf written off as unusable (报废). */
@Schema(name = "NewScrap")
public record NewScrap(
        @Schema(description = "The part scrapped") @NotNull @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @Schema(description = "The location it is scrapped at", required = true) @NotNull UUID warehouseId,
        @Schema(description = "How many are scrapped; at most what is available there (not reserved)")
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @Schema(description = "Why it is scrapped, kept with the ledger entry", examples = "受潮损坏，无法使用")
        @NotBlank @Size(max = 500) String reason,
        @Schema(description = "For a serial-tracked part, and only for one: the serial number of each unit, exactly "
                + "quantity distinct ones, each in stock and not reserved at the location",
                examples = "[\"PSU-SN-0451\"]")
        @Size(max = 1000) List<@NotBlank @Size(max = 100) String> serialNumbers) {
}
