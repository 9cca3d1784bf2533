package org.aftersales.warranty.assessment;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.warranty.sanbao.Assessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An old-part assessment as the API shows it. */
public record AssessmentView(
        @Schema(description = "The old-part assessment (旧件鉴定)", required = true) UUID id,
        @Schema(description = "The device the part came from", required = true) UUID deviceId,
        @Schema(description = "The customer organisation of the device") String customerOrganisation,
        @Schema(description = "The component the part belongs to; null for the whole unit") String component,
        @Schema(description = "The assessed fault, as the ticket diagnosed it") String faultCode,
        @Schema(description = "The ticket the part was taken out in; null when none", nullable = true) UUID ticketId,
        @Schema(description = "QUALITY_PROBLEM, NOT_QUALITY_PROBLEM or NO_FAULT_FOUND (未发现故障)", required = true)
        Assessment.Verdict verdict,
        @Schema(description = "Why it is not a quality problem; null with any other verdict", nullable = true)
        Assessment.Cause cause,
        @Schema(description = "The assessment's reasoning in words") String reason,
        @Schema(description = "Who assessed it") String assessedBy,
        @Schema(description = "When (ISO-8601, UTC)", required = true) Instant assessedAt) {

    static AssessmentView of(OldPartAssessment a) {
        return new AssessmentView(a.id, a.deviceId, a.customerOrganisation, a.component, a.faultCode, a.ticketId,
                a.verdict, a.cause,
                a.reason, a.assessedBy, a.assessedAt);
    }
}
