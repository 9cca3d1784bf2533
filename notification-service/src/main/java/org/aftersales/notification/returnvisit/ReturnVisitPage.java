package org.aftersales.notification.returnvisit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the return-visit work queue, soonest due first. */
public record ReturnVisitPage(
        @Schema(description = "The return visits of this page, soonest due first") List<ReturnVisitView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most return visits a page holds") int size,
        @Schema(description = "How many return visits match, on all pages") long total) {
}
