package org.aftersales.warranty.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contract as the API shows it. */
public record ContractView(
        @Schema(description = "The contract", required = true) UUID id,
        @Schema(description = "The contract's number as the parties write it", examples = "HT-2026-0042") String number,
        @Schema(description = "The customer organisation it is with", examples = "dealer-a/customer-a")
        String customerOrganisation,
        @Schema(description = "The service commitment (服务承诺) whose terms it applies", examples = "seed-002-hospital-it")
        String commitmentId,
        @Schema(description = "The published version of that commitment") int commitmentVersion,
        @Schema(description = "The devices it covers") List<UUID> deviceIds,
        @Schema(description = "Its first day", required = true) LocalDate startsOn,
        @Schema(description = "Its last day; null when open-ended", nullable = true) LocalDate endsOn,
        @Schema(description = "DRAFT, ACTIVE (in force) or TERMINATED (合同终止)", required = true) ContractStatus status,
        @Schema(description = "Who created it") String createdBy,
        @Schema(description = "When it was created (ISO-8601, UTC)", required = true) Instant createdAt,
        @Schema(description = "When it was activated (ISO-8601, UTC); null while a draft", nullable = true)
        Instant activatedAt,
        @Schema(description = "Terminated: the last day it applies; null otherwise", nullable = true)
        LocalDate lastDayInForce,
        @Schema(description = "Terminated: why; null otherwise") String terminationReason,
        @Schema(description = "Terminated: who terminated it; null otherwise") String terminatedBy,
        @Schema(description = "Terminated: when (ISO-8601, UTC); null otherwise", nullable = true)
        Instant terminatedAt) {

    static ContractView of(Contract c) {
        return new ContractView(c.id, c.number, c.customerOrganisation, c.commitmentId, c.commitmentVersion,
                List.copyOf(c.deviceIds), c.startsOn, c.endsOn, c.status, c.createdBy, c.createdAt, c.activatedAt,
                c.lastDayInForce, c.terminationReason, c.terminatedBy, c.terminatedAt);
    }
}
