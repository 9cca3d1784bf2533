package org.aftersales.ticket.knowledge;

import java.util.List;

/** A page of knowledge-base entries, best match first. */
public record KnowledgePage(List<KnowledgeEntryView> items, int page, int size, long total) {
}
