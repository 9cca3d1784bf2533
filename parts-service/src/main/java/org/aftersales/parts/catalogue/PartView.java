package org.aftersales.parts.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A part as the API shows it.
 *
 * @param currentPartNumber the end of the supersession chain: the part to stock and fit today (itself when current)
 */
public record PartView(
        @Schema(description = "The part number (料号)") String partNumber,
        @Schema(description = "The part's name in Chinese") String nameZh,
        @Schema(description = "The part's name in English; null when not given") String nameEn,
        @Schema(description = "The part's category", required = true) PartCategory category,
        @Schema(description = "The unit it is counted in") String unit,
        @Schema(description = "The device models it fits") List<String> fitsModels,
        @Schema(description = "What one unit costs; null when not known") BigDecimal unitCost,
        @Schema(description = "The price charged under a contract; null when not set") BigDecimal contractPrice,
        @Schema(description = "Whether each unit has a serial number tracked through the ledger") boolean serialTracked,
        @Schema(description = "The part number that supersedes it; null while current") String supersededBy,
        @Schema(description = "The end of the supersession chain: the part to stock and fit today (itself when current)") String currentPartNumber,
        @Schema(description = "When it entered the catalogue", required = true) Instant createdAt) {

    static PartView of(Part part, String currentPartNumber) {
        return new PartView(part.partNumber, part.nameZh, part.nameEn, part.category, part.unit,
                List.copyOf(part.fitsModels), part.unitCost, part.contractPrice, part.serialTracked,
                part.supersededBy, currentPartNumber, part.createdAt);
    }
}
