package org.aftersales.ticket.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/knowledge-base/{id}/retirement}. */
@Schema(name = "KnowledgeEntryRetirement")
public record RetirementRequest(
        @Schema(description = "Why the entry no longer helps", examples = "固件 2.1 起已修复")
        @NotBlank @Size(max = 2000) String reason) {
}
