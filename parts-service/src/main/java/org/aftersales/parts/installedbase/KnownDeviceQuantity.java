package org.aftersales.parts.installedbase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many units a device of the installed base stands for: its registration's {@code quantity} (ADR 0036). parts-
 * service keeps it beside the platform's {@code known_device}, which the other services share without it; a device
 * without a row (registered before V10 and not replayed since) counts as one.
 */
@Entity
@Table(name = "known_device_quantity")
public class KnownDeviceQuantity extends PanacheEntityBase {

    @Id
    @Column(name = "serial_number")
    public String serialNumber;

    @Column(nullable = false)
    public int quantity;

    /** Keeps the quantity a registration (or a registration again) gave the device. */
    static void keep(String serialNumber, int quantity) {
        KnownDeviceQuantity kept = findById(serialNumber);
        if (kept == null) {
            kept = new KnownDeviceQuantity();
            kept.serialNumber = serialNumber;
            kept.quantity = quantity;
            kept.persist();
        } else {
            kept.quantity = quantity;
        }
    }
}
