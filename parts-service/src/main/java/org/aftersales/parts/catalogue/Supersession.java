package org.aftersales.parts.catalogue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/parts/{partNumber}/supersession}: the newer part that replaces this one. */
@Schema(name = "Supersession")
public record Supersession(
        @Schema(description = "The part number of the newer part that replaces this one", examples = "PSU-220V-02") @NotNull @Pattern(regexp = PartNumbers.PATTERN,
                message = PartNumbers.MESSAGE) String supersededBy) {
}
