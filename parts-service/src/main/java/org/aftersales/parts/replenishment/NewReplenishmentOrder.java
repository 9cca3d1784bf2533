package org.aftersales.parts.replenishment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.aftersales.parts.catalogue.PartNumbers;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/stock/replenishment-orders}: order stock of a part for a location (补货单). */
@Schema(name = "NewReplenishmentOrder")
public record NewReplenishmentOrder(
        @Schema(description = "The location to replenish", required = true) @NotNull UUID warehouseId,
        @Schema(description = "The part to order", examples = "PSU-220V-01")
        @NotNull @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @Schema(description = "How many to order", examples = "5") @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @Schema(description = "Who supplies it, when a supplier does; not with fromWarehouseId",
                examples = "上海电源有限公司")
        @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200) String supplier,
        @Schema(description = "Another location that fills it (each receipt takes the quantity off its shelf); "
                + "not with supplier", type = SchemaType.STRING, format = "uuid", nullable = true)
        UUID fromWarehouseId,
        @Schema(description = "The open reorder alert (补货预警) of the part at the location that it answers; "
                + "when absent, the open alert of the part at the location, if any", type = SchemaType.STRING,
                format = "uuid", nullable = true) UUID reorderAlertId,
        @Schema(description = "Why it is ordered", examples = "低于最低库存") @Size(max = 1000) String reason) {

    @AssertTrue(message = "another location than the one replenished fills the order, and not with a supplier")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isFromWarehouseId() {
        return fromWarehouseId == null || (supplier == null && !fromWarehouseId.equals(warehouseId));
    }
}
