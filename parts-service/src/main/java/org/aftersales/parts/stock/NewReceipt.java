package org.aftersales.parts.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.aftersales.parts.catalogue.PartNumbers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/stock/receipts}: stock arrived at a location (入库). */
@Schema(name = "NewReceipt")
public record NewReceipt(
        @NotNull @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @NotNull UUID warehouseId,
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @Schema(examples = "采购入库 PO-2026-118") @Size(max = 500) String reason) {
}
