package org.aftersales.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A contract was terminated before its end (合同终止): from the day after {@code lastDayInForce} its terms
 * no longer apply to new tickets, warranty decisions or plans.
 *
 * @param contractId the contract, also the event's subject
 * @param customerOrganisation the customer organisation it bound (its tenant)
 * @param lastDayInForce the last day the contract applies, in the contract's zone
 * @param reason why it was terminated
 * @param terminatedBy who terminated it
 * @param terminatedAt when it was recorded
 */
public record ContractTerminated(UUID contractId, String customerOrganisation, LocalDate lastDayInForce, String reason,
        String terminatedBy, Instant terminatedAt) {

    public ContractTerminated {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(lastDayInForce, "lastDayInForce");
        Objects.requireNonNull(terminatedAt, "terminatedAt");
    }
}
