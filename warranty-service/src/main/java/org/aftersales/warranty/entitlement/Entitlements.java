package org.aftersales.warranty.entitlement;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.warranty.commitment.ExtensionRule;
import org.aftersales.warranty.commitment.WarrantyTerms;
import org.aftersales.warranty.history.RepairVisit;

/** Works out a device's entitlement from its dates, its contract's warranty terms and its repair history. */
public final class Entitlements {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Entitlements() {
    }

    /** A main component of the device with its own period (三包凭证), or null when it has none. */
    public record DeviceComponentPeriod(String component, Period period) {
    }

    /** The dates of a device that a warranty may start from. */
    public record DeviceDates(LocalDate invoice, LocalDate delivery, LocalDate acceptance) {

        LocalDate of(WarrantyTerms.StartEvent event) {
            return switch (event) {
                case INVOICE -> invoice;
                case DELIVERY -> delivery;
                case ACCEPTANCE -> acceptance;
            };
        }
    }

    /** Without a contract in force: nothing is covered under contract terms. */
    public static Entitlement withoutContract(UUID deviceId, String serial, LocalDate at) {
        return new Entitlement(deviceId, serial, at, null, null, null, List.of(), List.of(), List.of(
                "No contract covers this device on " + at + "; statutory 三包 rights are decided per claim "
                        + "(POST /api/v1/claims)."));
    }

    public static Entitlement of(UUID deviceId, String serial, LocalDate at, Entitlement.ContractRef contract,
            DeviceDates dates, List<DeviceComponentPeriod> deviceComponents, WarrantyTerms terms,
            List<ExtensionRule> extensionRules, List<RepairVisit> repairs) {
        LocalDate start = dates.of(terms.startsAt());
        List<String> notes = new ArrayList<>();
        if (start == null) {
            notes.add("The device has no " + terms.startsAt().name().toLowerCase()
                    + " date, which the warranty runs from; record it to start the warranty.");
            return new Entitlement(deviceId, serial, at, contract, terms.startsAt(), null, List.of(), terms.exclusions(),
                    notes);
        }
        List<Entitlement.Extension> extensions = extensions(extensionRules, repairs, at);
        if (terms.replacedPartsRewarranted()) {
            notes.add("Replaced parts get a fresh period (一包) from their replacement; replacements are not recorded yet.");
        }
        List<Entitlement.ComponentEntitlement> components = Stream.of(
                        Stream.of((String) null),
                        terms.components().stream().map(WarrantyTerms.ComponentPeriod::component),
                        deviceComponents.stream().map(DeviceComponentPeriod::component))
                .flatMap(names -> names)
                .distinct()
                .map(component -> component(component, start, at, terms, ownPeriod(component, deviceComponents),
                        extensions))
                .toList();
        return new Entitlement(deviceId, serial, at, contract, terms.startsAt(), start, components, terms.exclusions(),
                notes);
    }

    private static Entitlement.ComponentEntitlement component(String component, LocalDate start, LocalDate at,
            WarrantyTerms terms, Period ownPeriod, List<Entitlement.Extension> extensions) {
        Period period = terms.periodOf(component);
        String periodFrom = "CONTRACT";
        if (ownPeriod != null && start.plus(ownPeriod).isAfter(start.plus(period))) {
            period = ownPeriod;
            periodFrom = "COMPONENT";
        }
        LocalDate baseEnd = start.plus(period).minusDays(1);
        LocalDate end = baseEnd;
        for (Entitlement.Extension extension : extensions) {
            end = end.plus(Period.parse(extension.extendBy()));
        }
        boolean covered = !at.isBefore(start) && !at.isAfter(end);
        return new Entitlement.ComponentEntitlement(component, period.toString(), periodFrom, start, baseEnd,
                extensions, end, covered, terms.covers());
    }

    private static Period ownPeriod(String component, List<DeviceComponentPeriod> deviceComponents) {
        return component == null ? null : deviceComponents.stream()
                .filter(c -> c.component().equals(component) && c.period() != null)
                .map(DeviceComponentPeriod::period)
                .findFirst()
                .orElse(null);
    }

    /** One extension per unresolved outage before {@code at}, when the terms extend on outages (seed 002: +60 days). */
    private static List<Entitlement.Extension> extensions(List<ExtensionRule> rules, List<RepairVisit> repairs,
            LocalDate at) {
        List<Entitlement.Extension> applied = new ArrayList<>();
        for (ExtensionRule rule : rules) {
            if (rule.trigger() != ExtensionRule.Trigger.UNRESOLVED_OUTAGE) {
                continue;
            }
            repairs.stream()
                    .filter(repair -> !repair.faultGone())
                    .filter(repair -> !repair.endedAt().atZone(CHINA).toLocalDate().isAfter(at))
                    .forEach(repair -> applied.add(new Entitlement.Extension(rule.trigger().name(),
                            rule.extendBy().toString(), "unresolved outage: " + repair.faultCode()
                                    + (repair.component() == null ? "" : " of " + repair.component())
                                    + ", repair ended " + repair.endedAt().atZone(CHINA).toLocalDate())));
        }
        return applied;
    }
}
