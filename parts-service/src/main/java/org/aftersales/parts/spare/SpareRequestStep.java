package org.aftersales.parts.spare;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/spare-requests/{id}/transitions}. {@code DISPATCH} needs {@code warehouseId} and
 * {@code eta}; {@code DELIVER} needs {@code receivedBy} ({@code deliveredAt} defaults to now); {@code CANCEL} needs
 * {@code reason}.
 */
@Schema(name = "SpareRequestStep")
public record SpareRequestStep(
        @Schema(description = "The step to take", required = true) @NotNull SpareRequestAction action,
        @Schema(description = "DISPATCH: the warehouse it leaves from", nullable = true) UUID warehouseId,
        @Schema(description = "DISPATCH: when it is expected on site", nullable = true) Instant eta,
        @Schema(description = "Who received it on site", examples = "李护士长") @Size(min = 1, max = 300)
        String receivedBy,
        @Schema(description = "When it arrived; not in the future nor before its dispatch", nullable = true) Instant deliveredAt,
        @Schema(description = "CANCEL: why it is cancelled") @Size(min = 1, max = 1000) String reason) {
}
