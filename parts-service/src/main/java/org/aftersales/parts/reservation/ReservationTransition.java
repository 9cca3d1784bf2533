package org.aftersales.parts.reservation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/reservations/{id}/transitions}: one step of the reservation's lifecycle. */
@Schema(name = "ReservationTransition")
public record ReservationTransition(
        @Schema(description = "The step to take", required = true) @NotNull ReservationAction action,
        @Schema(description = "Required to REFUSE (the reason is kept); otherwise optional words")
        @Size(max = 1000) String note,
        @Schema(description = "Required to ISSUE: the engineer or site it goes to", examples = "engineer")
        @Size(max = 100) String issuedTo,
        @Schema(description = "ISSUE of a serial-tracked part: the unit issued, in stock at the location; required "
                + "unless the reservation named its unit (then that one or absent); refused for another part")
        @Size(max = 100) String serialNumber) {

    @AssertTrue(message = "REFUSE needs its reason")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isNote() {
        return action != ReservationAction.REFUSE || (note != null && !note.isBlank());
    }

    @AssertTrue(message = "ISSUE names whom it is issued to, and only ISSUE does")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isIssuedTo() {
        return action == null || (action == ReservationAction.ISSUE) == (issuedTo != null && !issuedTo.isBlank());
    }
}
