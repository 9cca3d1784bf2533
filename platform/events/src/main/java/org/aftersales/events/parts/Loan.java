package org.aftersales.events.parts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A loan of a backup unit (备机) to a ticket's customer, as it stands after the event.
 *
 * @param loanerId the loan, also the event's subject
 * @param ticketId the ticket whose customer has it
 * @param customerOrganisation the ticket's customer organisation, when known
 * @param partNumber the backup unit's part
 * @param serialNumber the unit
 * @param warehouseId where it was lent from
 * @param reason the loaner term it was lent under: {@code REPAIR_LONGER_THAN_TERM} (seed 002: the repair takes longer
 *     than 2 days) or {@code RETURNED_TO_FACTORY} (seed 003: longer than the term, and the device must go back to the
 *     factory); {@code OTHER} only for loans made before parts-service checked the term
 * @param dueBack when it is to be back; later it is overdue
 * @param recoveredAt when it came back; null while it is out
 * @param daysOnLoan whole days it was out (a started day counts), once recovered; null while it is out
 */
public record Loan(UUID loanerId, UUID ticketId, String customerOrganisation, String partNumber, String serialNumber,
        UUID warehouseId, String reason, Instant lentAt, Instant dueBack, Instant recoveredAt, Integer daysOnLoan) {

    public Loan {
        Objects.requireNonNull(loanerId, "loanerId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(lentAt, "lentAt");
    }
}
