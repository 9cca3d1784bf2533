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
        @NotNull UUID ticketId,
        @Schema(examples = "PSU-220V-01")
        @NotNull @Pattern(regexp = PartNumbers.PATTERN, message = PartNumbers.MESSAGE) String partNumber,
        @Schema(description = "The location to reserve at") @NotNull UUID warehouseId,
        @NotNull @Min(1) @Max(10_000) Integer quantity,
        @Schema(description = "When the ticket needs it") Instant neededBy,
        @Schema(description = "REPAIR when absent; REPLACEMENT and SUPPLEMENTARY need a reason and a manager's "
                + "approval")
        Purpose purpose,
        @Schema(examples = "主板老化，建议同时更换") @Size(max = 1000) String reason) {

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
