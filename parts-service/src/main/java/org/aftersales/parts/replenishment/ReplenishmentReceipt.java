package org.aftersales.parts.replenishment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/stock/replenishment-orders/{id}/receipts}: some or all of the order arrived. */
@Schema(name = "ReplenishmentReceipt")
public record ReplenishmentReceipt(
        @Schema(description = "How many arrived now; with what arrived before, at most what was ordered (409)",
                examples = "3")
        @NotNull @Min(1) @Max(1_000_000) Integer quantity) {
}
