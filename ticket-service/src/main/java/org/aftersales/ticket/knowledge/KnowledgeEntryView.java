package org.aftersales.ticket.knowledge;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A knowledge-base entry (知识库条目) as the API shows it. */
@Schema(name = "KnowledgeEntry")
public record KnowledgeEntryView(
        @Schema(description = "The knowledge-base entry", required = true) UUID id,
        @Schema(description = "故障现象") String symptom,
        @Schema(description = "故障原因") String cause,
        @Schema(description = "解决方法") String solution,
        @Schema(description = "设备型号") String deviceModel,
        @Schema(description = "The ticket it came from; shown to vendor staff only", nullable = true)
        UUID sourceTicketId,
        @Schema(description = "DRAFT until vendor staff review and publish it; partners see published entries and "
                + "their own drafts", required = true) EntryStatus status,
        @Schema(description = "Who of the vendor's staff published it; absent for a draft") String reviewedBy,
        @Schema(description = "When it was published (ISO-8601, UTC); absent for a draft", nullable = true)
        Instant publishedAt,
        @Schema(description = "Who wrote it") String createdBy,
        @Schema(description = "When it was written (ISO-8601, UTC)", required = true) Instant createdAt,
        @Schema(description = "Who last changed it") String updatedBy,
        @Schema(description = "When it was last changed (ISO-8601, UTC)", required = true) Instant updatedAt,
        @Schema(description = "Who retired it, when and why; absent while the entry is in use", nullable = true)
        Retirement retirement) {

    /** Who retired the entry, when and why. */
    @Schema(name = "KnowledgeEntryRetirementRecord")
    public record Retirement(
            @Schema(description = "Who retired the entry") String retiredBy,
            @Schema(description = "When it was retired (ISO-8601, UTC)", required = true) Instant retiredAt,
            @Schema(description = "Why it is no longer in use") String reason) {
    }

    static KnowledgeEntryView of(KnowledgeEntry entry, boolean showSource) {
        return new KnowledgeEntryView(entry.id, entry.symptom, entry.cause, entry.solution, entry.deviceModel,
                showSource ? entry.sourceTicketId : null, entry.status, entry.reviewedBy, entry.publishedAt,
                entry.createdBy, entry.createdAt, entry.updatedBy,
                entry.updatedAt,
                entry.retired() ? new Retirement(entry.retiredBy, entry.retiredAt, entry.retirementReason) : null);
    }
}
