package org.aftersales.parts.replenishment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/stock/replenishment-orders/{id}/receipts}: some or all of the order arrived. */
@Schema(name = "ReplenishmentReceipt")
public record ReplenishmentReceipt(
        @Schema(description = "How many arrived now; with what arrived before, at most what was ordered (409)",
                examples = "3")
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @Schema(description = "For a serial-tracked part, and only for one: the serial number of each unit that "
                + "arrived now, exactly quantity distinct ones, none held in stock already (as a stock receipt's)",
                examples = "[\"PSU-SN-0451\"]")
        @Size(max = 1000) List<@NotBlank @Size(max = 100) String> serialNumbers) {
}
