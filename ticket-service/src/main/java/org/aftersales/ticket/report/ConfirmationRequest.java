package org.aftersales.ticket.report;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tickets/{id}/repair-report/confirmation}: the customer's confirmation (签字). */
@Schema(name = "RepairReportConfirmation")
public record ConfirmationRequest(
        @Schema(description = "The name of who confirmed for the customer. Required when an agent records it on "
                + "the customer's behalf; a customer or partner defaults to their own user name.", examples = "王工")
        @Size(max = 255) String confirmedBy) {
}
