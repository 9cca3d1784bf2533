package org.aftersales.ticket.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/tickets/{id}/repair-report}. The report time (报修时间) is the ticket's
 * registration and not part of it.
 */
@Schema(name = "RepairReportRequest", description = "维修报告")
public record RepairReportRequest(
        @Schema(description = "到场时间: when the engineer arrived; absent when solved by phone or remotely. "
                + "Not before the report time, not in the future.", nullable = true)
        Instant arrivedAt,
        @Schema(description = "故障原因", examples = "电源模块老化，输出电压不稳") @NotBlank @Size(max = 4000) String cause,
        @Schema(description = "维修措施", examples = "更换电源模块并通电测试 2 小时") @NotBlank @Size(max = 4000)
        String measures,
        @Schema(description = "系统恢复时间: not before the report time or the arrival, not in the future")
        @NotNull Instant restoredAt,
        @Schema(description = "Parts used in the repair") @Size(max = 100) List<@NotNull @Valid PartUsed> partsUsed) {
}
