package org.aftersales.complaint.handling;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of complaints, newest first, and how many match in all. */
public record ComplaintPage(
        @Schema(description = "The complaints of this page, newest first") List<ComplaintView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most complaints a page holds") int size,
        @Schema(description = "How many complaints match, on all pages") long total) {
}
