package org.aftersales.warranty.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract as the API shows it. */
public record ContractView(UUID id, String number, String customerOrganisation, String commitmentId,
        int commitmentVersion, List<UUID> deviceIds, LocalDate startsOn, LocalDate endsOn, ContractStatus status,
        String createdBy, Instant createdAt, Instant activatedAt, LocalDate lastDayInForce, String terminationReason,
        String terminatedBy, Instant terminatedAt) {

    static ContractView of(Contract c) {
        return new ContractView(c.id, c.number, c.customerOrganisation, c.commitmentId, c.commitmentVersion,
                List.copyOf(c.deviceIds), c.startsOn, c.endsOn, c.status, c.createdBy, c.createdAt, c.activatedAt,
                c.lastDayInForce, c.terminationReason, c.terminatedBy, c.terminatedAt);
    }
}
