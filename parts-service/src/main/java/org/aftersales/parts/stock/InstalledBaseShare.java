package org.aftersales.parts.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.platform.security.Organisations;

/**
 * 最低库存 as a share of the installed base (seed 002: local stock of at least 3 % of the installed quantity): the
 * minimum is {@code ceil(Σ percent × installed units / 100)}, counting the installed units of the models the part fits
 * at the sites the location serves (ADR 0034, 0036) — one share for all of them (a manager's), or each device's
 * contract's own (its {@code spares.minimumLocalStockPercent}), summed before rounding up once. A device registered
 * with a {@code quantity} counts as that many units. A location serves the devices of the customer organisations
 * within its own organisation (itself and those below it in the tenancy tree: a partner's warehouses its customers', a
 * customer-site warehouse of {@code dealer-a/hospital-a} that hospital's); the vendor's own warehouses (no
 * organisation) serve the whole installed base. A replaced device (换新) is no longer installed.
 *
 * @param percent the share, 0 to 100
 */
public record InstalledBaseShare(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A device of the installed base, as the count sees it: {@code quantity} units (a registration's, usually 1). */
    public record InstalledDevice(String serialNumber, String model, String customerOrganisation, boolean replaced,
            int quantity) {
    }

    public InstalledBaseShare {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a share of the installed base is 0 to 100 percent: " + percent);
        }
    }

    /** The minimum for this many installed units, rounded up: 3 % of 34 units is 1.02, so 2. */
    public int required(long installedUnits) {
        return required(Map.of(this, installedUnits));
    }

    /**
     * The minimum for the installed units at each share, rounded up once: 3 % of 20 units and 5 % of 10 units is
     * 0.6 + 0.5 = 1.1, so 2.
     */
    public static int required(Map<InstalledBaseShare, Long> unitsByShare) {
        BigDecimal sum = unitsByShare.entrySet().stream()
                .map(share -> share.getKey().percent().multiply(BigDecimal.valueOf(share.getValue())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(HUNDRED, 0, RoundingMode.CEILING).intValueExact();
    }

    /** The devices that count for a part fitting {@code fitsModels} at a location of {@code organisation}. */
    public static List<InstalledDevice> served(Collection<InstalledDevice> devices, Collection<String> fitsModels,
            String organisation) {
        return devices.stream().filter(device -> !device.replaced() && fitsModels.contains(device.model())
                && serves(organisation, device.customerOrganisation())).toList();
    }

    /** How many units count for a part fitting {@code fitsModels} at a location of {@code organisation}. */
    public static long installed(Collection<InstalledDevice> devices, Collection<String> fitsModels,
            String organisation) {
        return units(served(devices, fitsModels, organisation));
    }

    /** The units these devices stand for. */
    public static long units(Collection<InstalledDevice> devices) {
        return devices.stream().mapToLong(InstalledDevice::quantity).sum();
    }

    /** Whether a location of {@code organisation} (null: the vendor's own) serves the customer's devices. */
    public static boolean serves(String organisation, String customerOrganisation) {
        return organisation == null || Organisations.contains(organisation, customerOrganisation);
    }
}
