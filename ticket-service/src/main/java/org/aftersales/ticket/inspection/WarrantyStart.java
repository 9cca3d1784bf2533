package org.aftersales.ticket.inspection;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a device's inspection cadence is counted from: its acceptance (验收), from which warranty usually runs,
 * when the installed base knows it; else the first day of the contract, which is all ticket-service's copy holds
 * then (the contract's warranty start event is not part of its published terms).
 */
public record WarrantyStart(LocalDate date, Basis basis) {

    /** What the date is. */
    public enum Basis {
        /** The device's acceptance date (验收日期). */
        ACCEPTANCE,
        /** The contract's first day: the device's acceptance is not known. */
        CONTRACT_START
    }

    /**
     * The warranty start of a device accepted on {@code acceptance} (null: not yet)
     * under a contract from {@code contractStart}.
     */
    public static Optional<WarrantyStart> of(LocalDate acceptance, LocalDate contractStart) {
        if (acceptance != null) {
            return Optional.of(new WarrantyStart(acceptance, Basis.ACCEPTANCE));
        }
        return Optional.ofNullable(contractStart).map(date -> new WarrantyStart(date, Basis.CONTRACT_START));
    }
}
