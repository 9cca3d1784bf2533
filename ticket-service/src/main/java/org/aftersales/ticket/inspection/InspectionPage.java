package org.aftersales.ticket.inspection;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of inspections, by due date. */
@Schema(name = "InspectionPage")
public record InspectionPage(
        @Schema(description = "The inspections of this page, by due date") List<InspectionView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most inspections a page holds") int size,
        @Schema(description = "How many inspections match, on all pages") long total) {
}
