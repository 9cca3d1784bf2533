package org.aftersales.warranty.installedbase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Period;

/**
 * A main component of a device (主要部件), e.g. the compressor of a refrigerator or the power supply of
 * a monitor. Its own warranty period, when the manufacturer's voucher (三包凭证) gives one, applies
 * beside the contract's terms: the longer of the two counts.
 */
@Embeddable
public class DeviceComponent {

    @Column(nullable = false)
    public String name;

    @Column(name = "serial_number")
    public String serialNumber;

    /** ISO-8601 period, e.g. {@code P5Y}; null when only the contract's terms apply. */
    @Column(name = "warranty_period")
    public String warrantyPeriod;

    protected DeviceComponent() {
    }

    public DeviceComponent(String name, String serialNumber, Period warrantyPeriod) {
        this.name = name;
        this.serialNumber = serialNumber;
        this.warrantyPeriod = warrantyPeriod == null ? null : warrantyPeriod.toString();
    }

    public Period period() {
        return warrantyPeriod == null ? null : Period.parse(warrantyPeriod);
    }
}
