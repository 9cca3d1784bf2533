package org.aftersales.warranty.installedbase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.warranty.commitment.WarrantyTerms;
import org.aftersales.warranty.sanbao.Replacement;

/** A device in a customer organisation's installed base (客户档案). */
@Entity
@Table(name = "device")
public class Device extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 设备序列号: registered once in the installed base; pending claims of other organisations may repeat it (ADR 0028). */
    @Column(name = "serial_number", nullable = false)
    public String serialNumber;

    /** Whether the device is registered, a pending claim, or out of the installed base (ADR 0028). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Registration registration = Registration.REGISTERED;

    /** Who resolved a pending claim, when and why (confirmed, rejected, or the device it superseded). */
    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolution_reason")
    public String resolutionReason;

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

    /** 产品类别: the product key of a 三包 product table row, e.g. {@code colour-tv}; null when not stated. */
    @Column(name = "product_category")
    public String productCategory;

    /** 发票价格 in yuan; null when not stated. */
    public BigDecimal price;

    /** 主要部件: main components, some with a warranty period of their own (e.g. from the 三包凭证). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "device_component", joinColumns = @JoinColumn(name = "device_id"))
    @OrderColumn(name = "position")
    public List<DeviceComponent> components = new ArrayList<>();

    /** 一包: parts replaced on the device, in the order recorded. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "device_part_replacement", joinColumns = @JoinColumn(name = "device_id"))
    @OrderColumn(name = "position")
    public List<PartReplacement> partReplacements = new ArrayList<>();

    /** The unit that replaced this one (换新); a replaced device has left the installed base. */
    @Column(name = "replaced_by_device_id")
    public UUID replacedByDeviceId;

    @Column(name = "registered_by", nullable = false, updatable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Version
    public long version;

    /** The components with a warranty period of their own (三包凭证), as the warranty terms name them. */
    public List<WarrantyTerms.ComponentPeriod> ownPeriods() {
        return components.stream().filter(c -> c.period() != null)
                .map(c -> new WarrantyTerms.ComponentPeriod(c.name, c.period())).toList();
    }

    /** The part replacements as the 三包 engine and the entitlement take them. */
    public List<Replacement> replacements() {
        return partReplacements.stream().map(r -> new Replacement(r.replacedOn, r.component)).toList();
    }

    /**
     * The device a ticket of {@code organisation} names: by {@code deviceId} when the ticket carries it, else by serial
     * within that organisation; empty when the organisation owns no such device, so that a ticket of another
     * organisation naming the same serial never reaches this device's history.
     */
    public static Optional<Device> ofTicket(UUID deviceId, String serial, String organisation) {
        Device device = deviceId != null ? findById(deviceId)
                : find("serialNumber = ?1 and customerOrganisation = ?2 and registration in ?3", serial, organisation,
                        Registration.STANDING).firstResult();
        return Optional.ofNullable(device)
                .filter(d -> d.customerOrganisation.equals(organisation) && d.serialNumber.equals(serial))
                .filter(Device::isStanding);
    }

    /** Registered or a pending claim: in the installed base, seen by its owner. */
    public boolean isStanding() {
        return Registration.STANDING.contains(registration);
    }

    /** The device whose events are published: the serial's registered one. */
    public boolean isRegistered() {
        return registration == Registration.REGISTERED;
    }
}
