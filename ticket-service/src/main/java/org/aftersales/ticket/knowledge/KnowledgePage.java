package org.aftersales.ticket.knowledge;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of knowledge-base entries, best match first. */
public record KnowledgePage(
        @Schema(description = "The entries of this page, best match first") List<KnowledgeEntryView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most entries a page holds") int size,
        @Schema(description = "How many entries match, on all pages") long total) {
}
