package org.aftersales.notification.returnvisit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.events.notification.FollowUp;

/**
 * What the agent learned on a return visit call.
 *
 * @param reached whether the customer was reached; false keeps the visit open to be tried again
 * @param satisfied whether the customer is satisfied (满意), when reached
 * @param followUp what follows: nothing, a complaint (投诉) or reopening the ticket
 * @param customerWords what the customer said
 */
public record VisitOutcome(@NotNull Boolean reached, Boolean satisfied, @NotNull FollowUp followUp,
        @Size(max = 2000) String customerWords) {
}
