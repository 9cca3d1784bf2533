package org.aftersales.warranty.assessment;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.warranty.sanbao.Assessment;

/** An old-part assessment as the API shows it. */
public record AssessmentView(UUID id, UUID deviceId, String customerOrganisation, String component, String faultCode,
        UUID ticketId,
        Assessment.Verdict verdict, Assessment.Cause cause, String reason, String assessedBy, Instant assessedAt) {

    static AssessmentView of(OldPartAssessment a) {
        return new AssessmentView(a.id, a.deviceId, a.customerOrganisation, a.component, a.faultCode, a.ticketId,
                a.verdict, a.cause,
                a.reason, a.assessedBy, a.assessedAt);
    }
}
