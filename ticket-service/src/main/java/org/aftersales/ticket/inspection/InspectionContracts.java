package org.aftersales.ticket.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.platform.installedbase.KnownContract;
import org.aftersales.platform.installedbase.KnownDevice;

/** Reads the inspection terms and the planned devices of the contracts in ticket-service's local copy. */
@ApplicationScoped
class InspectionContracts {

    private final InstalledBase installedBase;
    private final InspectionConfig config;

    InspectionContracts(InstalledBase installedBase, InspectionConfig config) {
        this.installedBase = installedBase;
        this.config = config;
    }

    /** A device a contract plans inspections for, and where its cadence counts from. */
    record PlannedDevice(String serialNumber, WarrantyStart warrantyStart) {
    }

    /** The contract's inspection terms, as its activation published them. */
    InspectionTerms terms(KnownContract contract) {
        return InspectionTerms.of(installedBase.terms(contract), config.reportWithinWorkingDays());
    }

    /** The terms of the contract with this id; the defaults when it is null or not (yet) known. */
    InspectionTerms terms(UUID contractId) {
        return Optional.ofNullable(contractId).flatMap(id -> KnownContract.<KnownContract>findByIdOptional(id))
                .map(this::terms)
                .orElseGet(() -> InspectionTerms.none(config.reportWithinWorkingDays()));
    }

    /** The contracts that schedule inspections and are still in force on {@code day} or later. */
    @SuppressWarnings("unchecked")
    List<UUID> withSchedules(LocalDate day) {
        return KnownContract.getEntityManager().createNativeQuery("""
                        select contract_id from known_contract
                        where jsonb_array_length(coalesce(terms -> 'inspections', '[]'::jsonb)) > 0
                          and (ends_on is null or ends_on >= ?1)
                        order by contract_id""", UUID.class)
                .setParameter(1, day)
                .getResultList();
    }

    /**
     * The devices the contract covers that are still its customer's and not replaced, each with its warranty start:
     * the acceptance date when the installed base knows it, else the contract's first day.
     */
    List<PlannedDevice> devices(KnownContract contract) {
        if (contract.deviceSerials.isEmpty()) {
            return List.of();
        }
        Map<String, KnownDevice> known = KnownDevice.<KnownDevice>list("serialNumber in ?1", contract.deviceSerials)
                .stream().collect(Collectors.toMap(device -> device.serialNumber, Function.identity()));
        return contract.deviceSerials.stream().sorted()
                .filter(serial -> Optional.ofNullable(known.get(serial))
                        .map(device -> device.replacedBySerial == null
                                && device.customerOrganisation.equals(contract.customerOrganisation))
                        .orElse(true))
                .flatMap(serial -> WarrantyStart.of(Optional.ofNullable(known.get(serial))
                                .map(device -> device.acceptanceDate).orElse(null), contract.startsOn)
                        .map(start -> new PlannedDevice(serial, start)).stream())
                .toList();
    }
}
