package org.aftersales.parts.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import org.aftersales.platform.security.Organisations;

/**
 * 最低库存 as a share of the installed base (seed 002: local stock of at least 3 % of the installed quantity): the
 * minimum is {@code ceil(percent × installed devices / 100)}, counting the installed devices of the models the part
 * fits at the sites the location serves (ADR 0034). A location serves the devices of the customer organisations
 * within its own organisation (itself and those below it in the tenancy tree: a partner's warehouses its customers',
 * a customer-site warehouse of {@code dealer-a/hospital-a} that hospital's); the vendor's own warehouses (no
 * organisation) serve the whole installed base. A replaced device (换新) is no longer installed.
 *
 * @param percent the share, 0 to 100
 */
public record InstalledBaseShare(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A device of the installed base, as the count sees it. */
    public record InstalledDevice(String model, String customerOrganisation, boolean replaced) {
    }

    public InstalledBaseShare {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a share of the installed base is 0 to 100 percent: " + percent);
        }
    }

    /** The minimum for this many installed devices, rounded up: 3 % of 34 devices is 1.02, so 2. */
    public int required(long installedDevices) {
        return percent.multiply(BigDecimal.valueOf(installedDevices)).divide(HUNDRED, 0, RoundingMode.CEILING)
                .intValueExact();
    }

    /** How many of the devices count for a part fitting {@code fitsModels} at a location of {@code organisation}. */
    public static long installed(Collection<InstalledDevice> devices, Collection<String> fitsModels,
            String organisation) {
        return devices.stream().filter(device -> !device.replaced() && fitsModels.contains(device.model())
                && serves(organisation, device.customerOrganisation())).count();
    }

    /** Whether a location of {@code organisation} (null: the vendor's own) serves the customer's devices. */
    public static boolean serves(String organisation, String customerOrganisation) {
        return organisation == null || Organisations.contains(organisation, customerOrganisation);
    }
}
