package org.aftersales.complaint.handling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A lifecycle action with what it needs: CONTACT the promised reply time; INVESTIGATE the investigation; DETERMINE
 * the determination; APPROVE optionally the preventive action; REJECT_SOLUTION and REQUEST_REVISION a reason.
 */
public record TransitionRequest(
        @Schema(description = "What to do, e.g. CONTACT, INVESTIGATE, DETERMINE or APPROVE") @NotNull ComplaintAction action,
        @Schema(description = "Why: required to REJECT_SOLUTION and REQUEST_REVISION") @Size(max = 2000) String reason,
        @Schema(description = "The reply time promised to the complainant (ISO-8601, UTC): required to CONTACT",
                nullable = true) Instant promisedReplyAt,
        @Schema(description = "Who investigates: required to INVESTIGATE", nullable = true)
        @Valid Investigation investigation,
        @Schema(description = "What the investigation found and proposes: required to DETERMINE", nullable = true)
        @Valid Determination determination,
        @Schema(description = "改善措施: optional to APPROVE", nullable = true) @Valid PreventiveAction preventiveAction) {

    /** Who investigates: the responsible department and person. */
    public record Investigation(
            @Schema(description = "The department responsible for investigating") @NotNull Department department,
            @Schema(description = "The person investigating") @NotBlank @Size(max = 100) String investigator) {
    }

    /**
     * What the investigation found and proposes.
     *
     * @param rootCause a code of the managed list ({@code GET /api/v1/complaints/root-causes})
     * @param rootCauseDetail free text beside it
     * @param oldPartAssessmentId warranty-service's old-part assessment (旧件鉴定) the determination relies on
     * @param compensationAmount the amount, for a COMPENSATION
     */
    public record Determination(
            @Schema(description = "What the investigation found") @NotBlank @Size(max = 4000) String findings,
            @Schema(description = "A code of the managed list (GET /api/v1/complaints/root-causes)")
            @NotBlank @Size(max = 64) String rootCause,
            @Schema(description = "The root cause in words, beside its code") @Size(max = 2000) String rootCauseDetail,
            @Schema(description = "质量问题界定: YES, NO or UNDETERMINED") @NotNull QualityProblem qualityProblem,
            @Schema(description = "warranty-service's old-part assessment (旧件鉴定) the determination relies on",
                    nullable = true) UUID oldPartAssessmentId,
            @Schema(description = "What the solution gives the complainant") @NotNull Remedy remedy,
            @Schema(description = "The amount, for a COMPENSATION")
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal compensationAmount,
            @Schema(description = "The proposed solution in words") @NotBlank @Size(max = 4000) String solution) {
    }

    /** 改善措施: what prevents a repeat, who owns it and by when. */
    public record PreventiveAction(
            @Schema(description = "What prevents a repeat") @NotBlank @Size(max = 2000) String description,
            @Schema(description = "Who owns it") @NotBlank @Size(max = 100) String owner,
            @Schema(description = "By when it is done") @NotNull LocalDate dueOn) {
    }
}
