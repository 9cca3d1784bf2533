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

/** The body of {@code POST /api/v1/stock/receipts}: stock arrived at a location (入库). */
@Schema(name = "NewReceipt")
public record NewReceipt(
        @Schema(description = "The part that arrived") @NotNull @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @Schema(description = "The location it arrived at", required = true) @NotNull UUID warehouseId,
        @Schema(description = "How many arrived") @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @Schema(description = "Why it arrived, e.g. the purchase order", examples = "采购入库 PO-2026-118") @Size(max = 500) String reason,
        @Schema(description = "For a serial-tracked part, and only for one: the serial number of each unit, exactly "
                + "quantity distinct ones, none held in stock already", examples = "[\"PSU-SN-0451\"]")
        @Size(max = 1000) List<@NotBlank @Size(max = 100) String> serialNumbers) {
}
