package org.aftersales.warranty.entitlement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftersales.warranty.commitment.WarrantyTerms;
import org.aftersales.warranty.sanbao.StartEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a device is entitled to on a day: per component, whether the warranty covers it, under which
 * terms, from when to when, every extension applied and why, and the exclusions that would apply.
 *
 * @param contract the contract in force that day, or null
 * @param startEvent the event the periods run from, under the contract's terms
 * @param startDate the day of that event, or null when the device has no such date
 * @param notes why nothing is covered, or what was not taken into account
 */
public record Entitlement(
        @Schema(description = "The device", required = true) UUID deviceId,
        @Schema(description = "The device's serial number") String serialNumber,
        @Schema(description = "The day the entitlement is for", required = true) LocalDate at,
        @Schema(description = "The contract in force that day; null when none", nullable = true) ContractRef contract,
        @Schema(description = "The event the periods run from, under the contract's terms; null without a contract",
                nullable = true) StartEvent startEvent,
        @Schema(description = "The day of that event; null when the device has no such date", nullable = true)
        LocalDate startDate,
        @Schema(description = "Per component, the whole unit first: its warranty") List<ComponentEntitlement> components,
        @Schema(description = "Causes of damage the warranty does not cover") List<WarrantyTerms.Exclusion> exclusions,
        @Schema(description = "Why nothing is covered, or what was not taken into account") List<String> notes) {

    /** The contract whose terms apply. */
    public record ContractRef(
            @Schema(description = "The contract", required = true) UUID id,
            @Schema(description = "The contract's number", examples = "HT-2026-0042") String number,
            @Schema(description = "The service commitment whose terms it applies") String commitmentId,
            @Schema(description = "The version of that commitment") int commitmentVersion) {
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
    public record ComponentEntitlement(
            @Schema(description = "The component's name; null for the whole unit") String component,
            @Schema(description = "The key claims name it by, e.g. key-components; null for the whole unit")
            String componentId,
            @Schema(description = "Its period (ISO-8601): the contract's, or the component's own (三包凭证) where"
                    + " that is longer", examples = "P1Y") String period,
            @Schema(description = "CONTRACT or COMPONENT: whose period applies") String periodFrom,
            @Schema(description = "The day its periods run from: the start event, or its latest replacement (一包)",
                    required = true) LocalDate startsOn,
            @Schema(description = "The last day covered before extensions", required = true) LocalDate baseEndsOn,
            @Schema(description = "The extensions applied") List<Extension> extensions,
            @Schema(description = "The last day covered, extensions included", required = true) LocalDate endsOn,
            @Schema(description = "Whether the day asked for falls within the period") boolean covered,
            @Schema(description = "What is free while covered: parts, labour, travel; null when the terms say nothing",
                    nullable = true) WarrantyTerms.CoveredCosts covers) {
    }

    /** An extension applied: its trigger, how much, and why (e.g. the unresolved outage of a ticket). */
    public record Extension(
            @Schema(description = "What extended it, e.g. UNRESOLVED_OUTAGE") String trigger,
            @Schema(description = "By how much (ISO-8601 period)", examples = "P60D") String extendBy,
            @Schema(description = "Why, e.g. unresolved outage: NO-POWER") String reason) {
    }
}
