package org.aftersales.warranty.installedbase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A device in a customer organisation's installed base (客户档案). */
@Entity
@Table(name = "device")
public class Device extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 设备序列号: unique in the installed base. */
    @Column(name = "serial_number", nullable = false, unique = true)
    public String serialNumber;

    @Column(nullable = false)
    public String model;

    @Column(nullable = false)
    public String brand;

    /** 批号: production lot or batch, for recalls. */
    @Column(name = "lot_number")
    public String lotNumber;

    @Column(nullable = false)
    public int quantity;

    /** The owning customer organisation: the device's tenant. */
    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    public String site;

    @Column(name = "invoice_date")
    public LocalDate invoiceDate;

    @Column(name = "delivery_date")
    public LocalDate deliveryDate;

    /** 验收: the customer's sign-off; warranty usually starts here. */
    @Column(name = "acceptance_date")
    public LocalDate acceptanceDate;

    /** 主要部件: main components, some with a warranty period of their own (e.g. from the 三包凭证). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "device_component", joinColumns = @JoinColumn(name = "device_id"))
    @OrderColumn(name = "position")
    public List<DeviceComponent> components = new ArrayList<>();

    /** The unit that replaced this one (换新); a replaced device has left the installed base. */
    @Column(name = "replaced_by_device_id")
    public UUID replacedByDeviceId;

    @Column(name = "registered_by", nullable = false, updatable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Version
    public long version;
}
