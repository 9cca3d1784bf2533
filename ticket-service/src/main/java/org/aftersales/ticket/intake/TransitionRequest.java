package org.aftersales.ticket.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tickets/{id}/transitions}. */
@Schema(name = "TicketTransitionRequest")
public record TransitionRequest(
        @Schema(description = "What to do, e.g. ACKNOWLEDGE, WAIT, RESOLVE or CANCEL") @NotNull TicketAction action,
        @Schema(description = "Why: required to WAIT, REJECT, REOPEN and CANCEL") @Size(max = 2000) String reason,
        @Schema(description = "What the ticket waits for: required to WAIT; the contract says which waits stop "
                + "the SLA clocks", nullable = true) WaitingFor waitingFor,
        @Schema(description = "The repair's facts: required to RESOLVE", nullable = true) @Valid Resolution resolution,
        @Schema(description = "返厂: the device goes back to the factory for repair; only to WAIT for the MANUFACTURER. "
                + "Where the contract owes a backup unit only then (seed 003), it is owed once the repair takes longer "
                + "than the contract's term") Boolean returnToFactory) {

    /** What the repair found and did (for the repair report and warranty-service's repair history). */
    @Schema(name = "TicketResolution")
    public record Resolution(
            @Schema(description = "The repaired component; absent for the whole unit", examples = "power-supply")
            @Size(max = 100) String component,
            @Schema(description = "The fault code found", examples = "NO-POWER") @NotBlank @Size(max = 100) String faultCode,
            @Schema(description = "When the repair began (ISO-8601, UTC); when the fault was reported if absent",
                    nullable = true)
            Instant repairStartedAt,
            @Schema(description = "Part numbers used") @Size(max = 100) List<@NotBlank String> partsUsed,
            @Schema(description = "Whether the fault is gone (false: repaired but still failing)")
            @NotNull Boolean faultGone,
            @Schema(description = "Whether the fault stopped the customer's work (停机, an outage); unknown when absent")
            Boolean stoppedWork) {
    }
}
