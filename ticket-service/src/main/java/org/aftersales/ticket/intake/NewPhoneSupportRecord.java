package org.aftersales.ticket.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tickets/{id}/phone-support}: one phone-support record (电话支持记录). */
@Schema(name = "NewPhoneSupportRecord")
public record NewPhoneSupportRecord(
        @Schema(description = "问题描述", examples = "开机后屏幕无显示，电源灯亮") @NotBlank @Size(max = 4000) String problem,
        @Schema(description = "初步诊断", examples = "背光板或显示屏故障") @Size(max = 4000) String diagnosis,
        @Schema(description = "解决办法", examples = "安排工程师携带背光板上门更换") @Size(max = 4000) String solution) {
}
