package org.aftersales.ticket.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/knowledge-base/{id}}: what the entry says from now on. */
@Schema(name = "KnowledgeEntryUpdate")
public record KnowledgeEntryUpdate(
        @Schema(description = "故障现象") @NotBlank @Size(max = 4000) String symptom,
        @Schema(description = "故障原因") @NotBlank @Size(max = 4000) String cause,
        @Schema(description = "解决方法") @NotBlank @Size(max = 4000) String solution,
        @Schema(description = "设备型号; absent for any model") @Size(max = 100) String deviceModel) {
}
