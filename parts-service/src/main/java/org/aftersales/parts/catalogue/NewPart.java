package org.aftersales.parts.catalogue;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/parts}: a part joins the catalogue. */
@Schema(name = "NewPart")
public record NewPart(
        @Schema(description = "The part number (料号)", examples = "PSU-220V-01") @NotNull @Pattern(regexp = PartNumbers.PATTERN,
                message = PartNumbers.MESSAGE) String partNumber,
        @Schema(description = "The part's name in Chinese", examples = "电源模块 220V") @NotBlank @Size(max = 200) String nameZh,
        @Schema(description = "The part's name in English", examples = "Power supply module 220 V") @Size(max = 200) String nameEn,
        @Schema(description = "The part's category", required = true) @NotNull PartCategory category,
        @Schema(description = "The unit it is counted in", examples = "PCS") @NotBlank @Size(max = 20) String unit,
        @Schema(description = "The device models it fits", examples = "[\"PM-8000\"]")
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> fitsModels,
        @Schema(description = "What one unit costs") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal unitCost,
        @Schema(description = "The contract unit price (合同单价), the most charged out of warranty (seed 000-3)")
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal contractPrice,
        @Schema(description = "Whether each unit has a serial number tracked through the ledger") @NotNull Boolean serialTracked) {
}
