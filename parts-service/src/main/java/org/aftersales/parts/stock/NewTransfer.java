package org.aftersales.parts.stock;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
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

/** The body of {@code POST /api/v1/stock/transfers}: available stock leaves one location for another (调拨). */
@Schema(name = "NewTransfer")
public record NewTransfer(
        @Schema(description = "The part to transfer") @NotNull @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @Schema(description = "The location it leaves", required = true) @NotNull UUID fromWarehouseId,
        @Schema(description = "The location it goes to", required = true) @NotNull UUID toWarehouseId,
        @Schema(description = "How many to transfer, out of the available stock") @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @Schema(description = "The ticket it serves, when it serves one", nullable = true) UUID ticketId,
        @Schema(description = "Why it is transferred", examples = "补充随车库") @Size(max = 500) String reason,
        @Schema(description = "For a serial-tracked part, and only for one: the serial number of each unit sent, "
                + "exactly quantity distinct ones in stock at the source", examples = "[\"PSU-SN-0451\"]")
        @Size(max = 1000) List<@NotBlank @Size(max = 100) String> serialNumbers) {

    @AssertTrue(message = "a transfer goes from one location to another")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isToWarehouseId() {
        return fromWarehouseId == null || !fromWarehouseId.equals(toWarehouseId);
    }
}
