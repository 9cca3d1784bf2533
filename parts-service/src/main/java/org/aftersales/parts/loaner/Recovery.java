package org.aftersales.parts.loaner;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The body of {@code POST /api/v1/loaners/{id}/recovery}: the backup unit is back, at this warehouse. */
public record Recovery(@NotNull UUID warehouseId) {
}
