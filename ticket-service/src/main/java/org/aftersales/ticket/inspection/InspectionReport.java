package org.aftersales.ticket.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/tickets/{id}/inspection-report}: the inspection report (巡检报告). */
@Schema(name = "InspectionReport")
public record InspectionReport(
        @Schema(description = "What the inspection found, for the customer", examples = "设备运行正常，接地良好，已清灰")
        @NotBlank @Size(max = 4000) String summary,
        @Schema(description = "What the customer should do", examples = "建议下次巡检更换风扇")
        @Size(max = 4000) String recommendations) {
}
