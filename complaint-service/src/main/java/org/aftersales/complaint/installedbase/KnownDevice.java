package org.aftersales.complaint.installedbase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** complaint-service's copy of a device of warranty-service's installed base: what recalls search by. */
@Entity
@Table(name = "known_device")
public class KnownDevice extends PanacheEntityBase {

    @Id
    @Column(name = "device_id")
    public UUID deviceId;
    @Column(name = "serial_number", nullable = false)
    public String serialNumber;
    @Column(nullable = false)
    public String model;
    @Column(nullable = false)
    public String brand;
    /** 生产批号, when known. */
    @Column(name = "lot_number")
    public String lotNumber;
    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;
    public String site;
}
