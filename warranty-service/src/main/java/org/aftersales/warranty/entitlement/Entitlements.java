package org.aftersales.warranty.entitlement;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.warranty.commitment.ExtensionRule;
import org.aftersales.warranty.commitment.WarrantyTerms;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.LastDay;
import org.aftersales.warranty.sanbao.RepairTally;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.aftersales.warranty.sanbao.Replacement;

/**
 * Works out a device's entitlement from its dates, its contract's warranty terms and its repair history, by the rules
 * the 三包 engine decides a claim under that contract with: the start event's date ({@code StartEvent#dateIn}), the
 * last day ({@link LastDay}), the unresolved outages ({@link RepairTally}) and, per component, the longest of the
 * whole unit's, the commitment's and the device's own period.
 */
public final class Entitlements {

    private Entitlements() {
    }

    /** Without a contract in force: nothing is covered under contract terms. */
    public static Entitlement withoutContract(UUID deviceId, String serial, LocalDate at) {
        return new Entitlement(deviceId, serial, at, null, null, null, List.of(), List.of(), List.of(
                "No contract covers this device on " + at + "; statutory 三包 rights are decided per claim "
                        + "(POST /api/v1/claims)."));
    }

    /**
     * The entitlement on {@code at}.
     *
     * @param ownPeriods   the device's components with a period of their own (三包凭证)
     * @param repairs      the device's repairs, any order
     * @param replacements the device's part replacements (一包): with replaced parts rewarranted, a replaced component's
     *                     periods run again from its latest replacement, as the engine's restart does
     */
    public static Entitlement of(UUID deviceId, String serial, LocalDate at, Entitlement.ContractRef contract,
            Claim.Dates dates, List<WarrantyTerms.ComponentPeriod> ownPeriods, WarrantyTerms terms,
            List<ExtensionRule> extensionRules, List<RepairVisit> repairs, List<Replacement> replacements) {
        LocalDate start = terms.startsAt().dateIn(dates);
        if (start == null) {
            return new Entitlement(deviceId, serial, at, contract, terms.startsAt(), null, List.of(), terms.exclusions(),
                    List.of("The device has no " + terms.startsAt().name().toLowerCase()
                            + " or invoice date, which the warranty runs from; record it to start the warranty."));
        }
        Map<String, String> names = new LinkedHashMap<>();
        names.put(Claim.WHOLE_UNIT, null);
        Stream.concat(terms.components().stream(), ownPeriods.stream())
                .forEach(c -> names.putIfAbsent(c.id(), c.component()));
        List<Entitlement.ComponentEntitlement> components = names.entrySet().stream()
                .map(name -> component(name.getKey(), name.getValue(),
                        restarted(name.getKey(), start, terms, replacements), at, terms,
                        ownPeriod(name.getKey(), ownPeriods), extensionRules, repairs))
                .toList();
        return new Entitlement(deviceId, serial, at, contract, terms.startsAt(), start, components, terms.exclusions(),
                List.of());
    }

    private static Entitlement.ComponentEntitlement component(String id, String name, LocalDate start, LocalDate at,
            WarrantyTerms terms, Optional<Period> ownPeriod, List<ExtensionRule> extensionRules,
            List<RepairVisit> repairs) {
        Period period = longer(start, terms.period(), terms.periodOf(id));
        String periodFrom = "CONTRACT";
        if (ownPeriod.isPresent() && start.plus(ownPeriod.get()).isAfter(start.plus(period))) {
            period = ownPeriod.get();
            periodFrom = "COMPONENT";
        }
        List<Entitlement.Extension> extensions = extensions(extensionRules, repairs, start, at);
        long extensionDays = (long) extensions.size() * ExtensionRule.daysPerUnresolvedOutage(extensionRules);
        LocalDate baseEnd = LastDay.of(start, period, 0, false, day -> true);
        LocalDate end = LastDay.of(start, period, extensionDays, false, day -> true);
        return new Entitlement.ComponentEntitlement(name, Claim.WHOLE_UNIT.equals(id) ? null : id, period.toString(),
                periodFrom, start, baseEnd, extensions, end, LastDay.within(at, start, end), terms.covers());
    }

    /** The component's start: its latest replacement after {@code start} when replaced parts are rewarranted (一包). */
    private static LocalDate restarted(String id, LocalDate start, WarrantyTerms terms,
            List<Replacement> replacements) {
        if (!terms.replacedPartsRewarranted()) {
            return start;
        }
        return replacements.stream()
                .filter(r -> r.component().equals(id) && r.date().isAfter(start))
                .map(Replacement::date)
                .max(LocalDate::compareTo)
                .orElse(start);
    }

    private static Period longer(LocalDate start, Period one, Period other) {
        return start.plus(other).isAfter(start.plus(one)) ? other : one;
    }

    private static Optional<Period> ownPeriod(String id, List<WarrantyTerms.ComponentPeriod> ownPeriods) {
        return ownPeriods.stream()
                .filter(c -> c.id().equals(id) && c.period() != null)
                .map(WarrantyTerms.ComponentPeriod::period)
                .findFirst();
    }

    /** One extension per unresolved outage since the start that had ended by {@code at} (seed 002: +60 days). */
    private static List<Entitlement.Extension> extensions(List<ExtensionRule> rules, List<RepairVisit> repairs,
            LocalDate start, LocalDate at) {
        int days = ExtensionRule.daysPerUnresolvedOutage(rules);
        if (days == 0) {
            return List.of();
        }
        List<RepairVisit> sinceStart = repairs.stream()
                .filter(r -> !r.start().isBefore(start.atStartOfDay(Claim.CHINA_TIME).toInstant()))
                .toList();
        return RepairTally.unresolvedOutages(sinceStart, at).stream()
                .map(repair -> new Entitlement.Extension(ExtensionRule.Trigger.UNRESOLVED_OUTAGE.name(),
                        Period.ofDays(days).toString(), "unresolved outage: " + repair.faultCode()
                                + (Claim.WHOLE_UNIT.equals(repair.component()) ? "" : " of " + repair.component())
                                + ", repair ended "
                                + LocalDate.ofInstant(repair.end().orElseThrow(), Claim.CHINA_TIME)))
                .toList();
    }
}
