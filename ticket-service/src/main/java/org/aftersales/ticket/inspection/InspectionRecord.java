package org.aftersales.ticket.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/tickets/{id}/inspection-record}: the record sheet (巡检记录单) of seed 003. */
@Schema(name = "InspectionRecord", description = "巡检记录单: what the inspection found")
public record InspectionRecord(
        @Schema(description = "接地检查 as found", examples = "OK 0.8Ω") @NotBlank @Size(max = 500) String grounding,
        @Schema(description = "防尘处理: dust as found and what was done", examples = "轻微积灰，已清洁")
        @NotBlank @Size(max = 500) String dust,
        @Schema(description = "运行情况 as found", examples = "正常") @NotBlank @Size(max = 500) String operatingState,
        @Schema(description = "The software version found, when the device runs software", examples = "V2.3.1")
        @Size(max = 100) String softwareVersion,
        @Schema(description = "What was found and advised", examples = "风扇轴承有异响，建议下次巡检更换")
        @NotBlank @Size(max = 4000) String findings,
        @Schema(description = "When the visit took place (ISO-8601, UTC); now when absent", nullable = true)
        @PastOrPresent Instant inspectedAt) {
}
