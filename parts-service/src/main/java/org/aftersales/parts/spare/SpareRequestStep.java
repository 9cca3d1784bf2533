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
        @NotNull SpareRequestAction action,
        UUID warehouseId,
        @Schema(description = "When it is expected on site") Instant eta,
        @Schema(description = "Who received it on site", examples = "李护士长") @Size(min = 1, max = 300)
        String receivedBy,
        @Schema(description = "When it arrived; not in the future nor before its dispatch") Instant deliveredAt,
        @Size(min = 1, max = 1000) String reason) {
}
