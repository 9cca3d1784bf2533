package org.aftersales.ticket.knowledge;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/knowledge-base}. With {@code sourceTicketId} of a resolved ticket, the fields
 * left out are taken from it; without, symptom, cause and solution are required.
 */
@Schema(name = "NewKnowledgeEntry", description = "知识库条目")
public record NewKnowledgeEntry(
        @Schema(description = "故障现象; default: the ticket's description", examples = "监护仪开机后黑屏")
        @Size(max = 4000) String symptom,
        @Schema(description = "故障原因; default: the cause in the ticket's repair report, else its fault analysis",
                examples = "电源模块老化") @Size(max = 4000) String cause,
        @Schema(description = "解决方法; default: the measures in the ticket's repair report",
                examples = "更换电源模块 PSU-220V-01") @Size(max = 4000) String solution,
        @Schema(description = "设备型号; default: the model of the ticket's device in the installed base",
                examples = "PM-9000") @Size(max = 100) String deviceModel,
        @Schema(description = "The resolved ticket the entry comes from", nullable = true) UUID sourceTicketId) {
}
