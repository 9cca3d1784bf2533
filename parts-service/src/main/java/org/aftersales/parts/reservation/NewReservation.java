package org.aftersales.parts.reservation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.parts.catalogue.PartNumbers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/reservations}. */
@Schema(name = "NewReservation")
public record NewReservation(
        @Schema(description = "The ticket the part is reserved for", required = true) @NotNull UUID ticketId,
        @Schema(description = "The part to reserve", examples = "PSU-220V-01")
        @NotNull @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @Schema(description = "The location to reserve at", required = true) @NotNull UUID warehouseId,
        @Schema(description = "How many to reserve") @NotNull @Min(1) @Max(10_000) Integer quantity,
        @Schema(description = "When the ticket needs it", nullable = true) Instant neededBy,
        @Schema(description = "REPAIR when absent; REPLACEMENT and SUPPLEMENTARY need a reason and a manager's "
                + "approval", nullable = true)
        Purpose purpose,
        @Schema(description = "Why the part is needed: required for REPLACEMENT and SUPPLEMENTARY", examples = "主板老化，建议同时更换") @Size(max = 1000) String reason,
        @Schema(description = "Serial-tracked part, and only then: the unit to reserve, in stock at the location; "
                + "absent, any unit is issued later", examples = "PSU-SN-0451") @Size(max = 100) String serialNumber) {

    public Purpose purposeOrRepair() {
        return purpose == null ? Purpose.REPAIR : purpose;
    }

    @AssertTrue(message = "a replacement or supplementary part needs its reason (seed 001)")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isReason() {
        return !purposeOrRepair().needsApproval() || (reason != null && !reason.isBlank());
    }
}
