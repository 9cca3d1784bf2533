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

/**
 * A lifecycle action with what it needs: CONTACT the promised reply time; INVESTIGATE the investigation; DETERMINE
 * the determination; APPROVE optionally the preventive action; REJECT_SOLUTION and REQUEST_REVISION a reason.
 */
public record TransitionRequest(
        @NotNull ComplaintAction action,
        @Size(max = 2000) String reason,
        Instant promisedReplyAt,
        @Valid Investigation investigation,
        @Valid Determination determination,
        @Valid PreventiveAction preventiveAction) {

    /** Who investigates: the responsible department and person. */
    public record Investigation(@NotNull Department department, @NotBlank @Size(max = 100) String investigator) {
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
            @NotBlank @Size(max = 4000) String findings,
            @NotBlank @Size(max = 64) String rootCause,
            @Size(max = 2000) String rootCauseDetail,
            @NotNull QualityProblem qualityProblem,
            UUID oldPartAssessmentId,
            @NotNull Remedy remedy,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal compensationAmount,
            @NotBlank @Size(max = 4000) String solution) {
    }

    /** 改善措施: what prevents a repeat, who owns it and by when. */
    public record PreventiveAction(@NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 100) String owner, @NotNull LocalDate dueOn) {
    }
}
