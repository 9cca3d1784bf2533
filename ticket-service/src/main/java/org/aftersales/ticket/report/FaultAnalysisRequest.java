package org.aftersales.ticket.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/tickets/{id}/fault-analysis}. */
@Schema(name = "FaultAnalysisRequest", description = "故障分析报告")
public record FaultAnalysisRequest(
        @Schema(description = "故障原因", examples = "机房空调故障导致电源过热") @NotBlank @Size(max = 4000) String cause,
        @Schema(description = "日后如何避免", examples = "加装机房温度告警，每季度巡检清灰") @NotBlank @Size(max = 4000)
        String prevention) {
}
