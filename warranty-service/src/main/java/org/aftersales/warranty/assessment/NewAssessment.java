package org.aftersales.warranty.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.aftersales.warranty.sanbao.Assessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/assessments}: a verdict on an old part (旧件鉴定). */
@Schema(name = "NewAssessment")
public record NewAssessment(
        @Schema(description = "The device the part came from") @NotNull UUID deviceId,
        @Schema(description = "The component the part belongs to; absent for the whole unit", examples = "power-supply")
        @Size(max = 100) String component,
        @Schema(description = "The assessed fault, as the ticket diagnosed it", examples = "NO-POWER")
        @NotBlank @Size(max = 100) String faultCode,
        @Schema(description = "The ticket the part was taken out in; claims on that ticket take this verdict",
                nullable = true)
        UUID ticketId,
        @Schema(description = "QUALITY_PROBLEM, NOT_QUALITY_PROBLEM or NO_FAULT_FOUND (未发现故障)")
        @NotNull Assessment.Verdict verdict,
        @Schema(description = "Required with NOT_QUALITY_PROBLEM, refused otherwise", nullable = true)
        Assessment.Cause cause,
        @Schema(description = "The assessment's reasoning in words", examples = "电源模块电容鼓包，属元器件质量问题") @NotBlank @Size(max = 2000) String reason) {

    /** A recorded verdict is a verdict; a non-quality verdict names its cause, and only that one does. */
    @AssertTrue(message = "verdict must be QUALITY_PROBLEM, NOT_QUALITY_PROBLEM or NO_FAULT_FOUND; "
            + "cause goes with NOT_QUALITY_PROBLEM only")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isVerdictWithItsCause() {
        if (verdict == null) {
            return true;
        }
        return switch (verdict) {
            case QUALITY_PROBLEM, NO_FAULT_FOUND -> cause == null;
            case NOT_QUALITY_PROBLEM -> cause != null;
            case NOT_ASSESSED -> false;
        };
    }
}
