package org.aftersales.ticket.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A part used in the repair (更换配件). */
@Schema(name = "PartUsed")
public record PartUsed(
        @Schema(description = "The part's number", examples = "PSU-220V-01") @NotBlank @Size(max = 64) String partNumber,
        @Schema(description = "What the part is", examples = "电源模块 220V") @Size(max = 500) String description,
        @Schema(description = "How many were used", examples = "1") @NotNull @Min(1) @Max(10_000) Integer quantity) {
}
