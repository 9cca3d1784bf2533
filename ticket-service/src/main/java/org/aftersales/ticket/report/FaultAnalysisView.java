package org.aftersales.ticket.report;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fault analysis report (故障分析报告) as the API shows it. */
@Schema(name = "FaultAnalysis")
public record FaultAnalysisView(UUID ticketId, String cause, String prevention, String submittedBy,
        Instant submittedAt, String updatedBy, Instant updatedAt) {

    static FaultAnalysisView of(FaultAnalysis analysis) {
        return new FaultAnalysisView(analysis.ticketId, analysis.cause, analysis.prevention, analysis.submittedBy,
                analysis.submittedAt, analysis.updatedBy, analysis.updatedAt);
    }
}
