package org.aftersales.parts.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the catalogue, by part number. */
public record PartPage(
        @Schema(description = "The parts of this page") List<PartView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most parts a page holds") int size,
        @Schema(description = "How many parts match, on all pages") long total) {
}
