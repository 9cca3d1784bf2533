package org.aftersales.ticket.knowledge;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A knowledge-base entry (知识库条目) as the API shows it. */
@Schema(name = "KnowledgeEntry")
public record KnowledgeEntryView(
        UUID id,
        @Schema(description = "故障现象") String symptom,
        @Schema(description = "故障原因") String cause,
        @Schema(description = "解决方法") String solution,
        @Schema(description = "设备型号") String deviceModel,
        @Schema(description = "The ticket it came from; shown to vendor staff only") UUID sourceTicketId,
        @Schema(description = "DRAFT until vendor staff review and publish it; partners see published entries and "
                + "their own drafts") EntryStatus status,
        @Schema(description = "Who of the vendor's staff published it; absent for a draft") String reviewedBy,
        @Schema(description = "When it was published; absent for a draft") Instant publishedAt,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        @Schema(description = "Absent while the entry is in use") Retirement retirement) {

    /** Who retired the entry, when and why. */
    @Schema(name = "KnowledgeEntryRetirementRecord")
    public record Retirement(String retiredBy, Instant retiredAt, String reason) {
    }

    static KnowledgeEntryView of(KnowledgeEntry entry, boolean showSource) {
        return new KnowledgeEntryView(entry.id, entry.symptom, entry.cause, entry.solution, entry.deviceModel,
                showSource ? entry.sourceTicketId : null, entry.status, entry.reviewedBy, entry.publishedAt,
                entry.createdBy, entry.createdAt, entry.updatedBy,
                entry.updatedAt,
                entry.retired() ? new Retirement(entry.retiredBy, entry.retiredAt, entry.retirementReason) : null);
    }
}
