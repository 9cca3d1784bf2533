package org.aftersales.parts.loaner;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/loaners/{id}/recovery}: the backup unit is back, at this warehouse. */
public record Recovery(
        @Schema(description = "The warehouse the backup unit is back at", required = true) @NotNull UUID warehouseId) {
}
