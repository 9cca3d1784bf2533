package org.aftersales.platform.installedbase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service's own copy of a device in warranty-service's installed base, kept from its events by {@link InstalledBase},
 * so the service can resolve a serial number (ticket intake) or find a batch (complaint recalls) without asking another
 * service. Its contract is not stored here: it is the one in force on the day among those that name its serial
 * ({@link InstalledBase#contractInForce}). Each service creates the table {@code known_device} in its own migration.
 */
@Entity
@Table(name = "known_device")
public class KnownDevice extends PanacheEntityBase {

    @Id
    @Column(name = "serial_number")
    public String serialNumber;

    @Column(name = "device_id", nullable = false)
    public UUID deviceId;

    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    @Column(nullable = false)
    public String model;

    @Column(nullable = false)
    public String brand;

    /** 生产批号, when known: what recalls search by. */
    @Column(name = "lot_number")
    public String lotNumber;

    /** Where the device stands, when known. */
    public String site;

    /** The customer's acceptance (验收): the warranty start that inspection cadences count from, when known. */
    @Column(name = "acceptance_date")
    public LocalDate acceptanceDate;

    /** Replaced by a new unit: tickets for it go to the replacement. */
    @Column(name = "replaced_by_serial")
    public String replacedBySerial;
}
