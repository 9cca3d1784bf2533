package org.aftersales.ticket.intake;

import jakarta.validation.constraints.NotNull;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tickets/{id}/classification}: the agent's classification of the fault. */
@Schema(name = "TicketClassificationRequest")
public record ClassificationRequest(
        @Schema(description = "故障等级: CRITICAL 一级, MAJOR 二级, MINOR 三级") @NotNull FaultLevel faultLevel,
        @Schema(description = "故障类型: OPERATION, SOFTWARE, CONFIGURATION, HARDWARE") @NotNull FaultType faultType) {
}
