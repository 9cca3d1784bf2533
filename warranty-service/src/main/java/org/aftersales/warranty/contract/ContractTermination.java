package org.aftersales.warranty.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/contracts/{id}/termination} (合同终止). */
@Schema(name = "ContractTermination")
public record ContractTermination(
        @Schema(description = "The last day the contract applies, in its zone; from its first day to its end",
                examples = "2026-12-31")
        @NotNull LocalDate lastDayInForce,
        @Schema(description = "Why the contract ends early", examples = "客户提前解约") @NotBlank @Size(max = 1000) String reason) {
}
