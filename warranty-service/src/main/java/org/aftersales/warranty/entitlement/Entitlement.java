package org.aftersales.warranty.entitlement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftersales.warranty.commitment.WarrantyTerms;
import org.aftersales.warranty.sanbao.StartEvent;

/**
 * What a device is entitled to on a day: per component, whether the warranty covers it, under which
 * terms, from when to when, every extension applied and why, and the exclusions that would apply.
 *
 * @param contract the contract in force that day, or null
 * @param startEvent the event the periods run from, under the contract's terms
 * @param startDate the day of that event, or null when the device has no such date
 * @param notes why nothing is covered, or what was not taken into account
 */
public record Entitlement(UUID deviceId, String serialNumber, LocalDate at, ContractRef contract,
        StartEvent startEvent, LocalDate startDate, List<ComponentEntitlement> components,
        List<WarrantyTerms.Exclusion> exclusions, List<String> notes) {

    /** The contract whose terms apply. */
    public record ContractRef(UUID id, String number, String commitmentId, int commitmentVersion) {
    }

    /**
     * One component's warranty.
     *
     * @param component the component's name; {@code null} for the whole unit
     * @param componentId the key claims name it by (e.g. {@code key-components}); {@code null} for the whole unit
     * @param startsOn the day its periods run from: the start event, or its latest replacement (一包)
     * @param period its period: the contract's, or the component's own (三包凭证) where that is longer
     * @param periodFrom {@code CONTRACT} or {@code COMPONENT}: whose period applies
     * @param endsOn the last day covered, extensions included
     * @param covered whether {@code at} falls within the period
     * @param covers what is free while covered
     */
    public record ComponentEntitlement(String component, String componentId, String period, String periodFrom,
            LocalDate startsOn, LocalDate baseEndsOn, List<Extension> extensions, LocalDate endsOn, boolean covered,
            WarrantyTerms.CoveredCosts covers) {
    }

    /** An extension applied: its trigger, how much, and why (e.g. the unresolved outage of a ticket). */
    public record Extension(String trigger, String extendBy, String reason) {
    }
}
