package org.aftersales.parts.warehouse;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of warehouses, by code. */
public record WarehousePage(
        @Schema(description = "The warehouses of this page") List<WarehouseView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most warehouses a page holds") int size,
        @Schema(description = "How many warehouses match, on all pages") long total) {
}
