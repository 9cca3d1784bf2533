package org.aftersales.ticket.inspection;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of inspections, by due date. */
@Schema(name = "InspectionPage")
public record InspectionPage(List<InspectionView> items, int page, int size, long total) {
}
