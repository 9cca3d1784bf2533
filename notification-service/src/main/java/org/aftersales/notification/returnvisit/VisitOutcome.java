package org.aftersales.notification.returnvisit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.events.notification.FollowUp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the agent learned on a return visit call.
 *
 * @param reached whether the customer was reached; false keeps the visit open to be tried again
 * @param satisfied whether the customer is satisfied (满意), when reached
 * @param followUp what follows: nothing, a complaint (投诉) or reopening the ticket
 * @param customerWords what the customer said
 */
public record VisitOutcome(
        @Schema(description = "Whether the customer was reached; false keeps the visit open to be tried again")
        @NotNull Boolean reached,
        @Schema(description = "Whether the customer is satisfied (满意), when reached") Boolean satisfied,
        @Schema(description = "What follows: nothing, a complaint (投诉) or reopening the ticket")
        @NotNull FollowUp followUp,
        @Schema(description = "What the customer said") @Size(max = 2000) String customerWords) {
}
