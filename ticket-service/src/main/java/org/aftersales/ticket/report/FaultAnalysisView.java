package org.aftersales.ticket.report;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fault analysis report (故障分析报告) as the API shows it. */
@Schema(name = "FaultAnalysis")
public record FaultAnalysisView(
        @Schema(description = "The ticket it analyses", required = true) UUID ticketId,
        @Schema(description = "故障原因: the fault's cause") String cause,
        @Schema(description = "日后如何避免: how to prevent it in future") String prevention,
        @Schema(description = "Who first submitted it") String submittedBy,
        @Schema(description = "When it was first submitted (ISO-8601, UTC)", required = true) Instant submittedAt,
        @Schema(description = "Who last changed it") String updatedBy,
        @Schema(description = "When it was last changed (ISO-8601, UTC)", required = true) Instant updatedAt) {

    static FaultAnalysisView of(FaultAnalysis analysis) {
        return new FaultAnalysisView(analysis.ticketId, analysis.cause, analysis.prevention, analysis.submittedBy,
                analysis.submittedAt, analysis.updatedBy, analysis.updatedAt);
    }
}
