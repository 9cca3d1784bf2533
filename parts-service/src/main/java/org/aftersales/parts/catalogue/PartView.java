package org.aftersales.parts.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A part as the API shows it.
 *
 * @param currentPartNumber the end of the supersession chain: the part to stock and fit today (itself when current)
 */
public record PartView(String partNumber, String nameZh, String nameEn, PartCategory category, String unit,
        List<String> fitsModels, BigDecimal unitCost, BigDecimal contractPrice, boolean serialTracked,
        String supersededBy, String currentPartNumber, Instant createdAt) {

    static PartView of(Part part, String currentPartNumber) {
        return new PartView(part.partNumber, part.nameZh, part.nameEn, part.category, part.unit,
                List.copyOf(part.fitsModels), part.unitCost, part.contractPrice, part.serialTracked,
                part.supersededBy, currentPartNumber, part.createdAt);
    }
}
