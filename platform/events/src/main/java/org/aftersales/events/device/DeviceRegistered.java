package org.aftersales.events.device;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A device joined the installed base (客户档案) of a customer organisation.
 *
 * @param deviceId the device, also the event's subject
 * @param serialNumber the manufacturer's serial number (设备序列号), unique in the installed base
 * @param model the model (型号)
 * @param brand the brand (品牌)
 * @param lotNumber the production lot or batch (批号), when known
 * @param quantity how many units the record stands for (usually 1)
 * @param customerOrganisation the owning customer organisation (its tenant)
 * @param site where it stands, e.g. a building and room, when known
 * @param invoiceDate the invoice date (发票日期), when known
 * @param deliveryDate the delivery date (交付日期), when known
 * @param acceptanceDate the customer's acceptance (验收日期), when it has happened
 * @param registeredAt when it was registered
 * @param productCategory the product key of a 三包 product table row ({@code colour-tv}, {@code household-car},
 *     {@code patient-monitor}…), when known; optional
 * @param price the invoice price in yuan (发票价格), when known; optional
 */
public record DeviceRegistered(
        UUID deviceId,
        String serialNumber,
        String model,
        String brand,
        String lotNumber,
        int quantity,
        String customerOrganisation,
        String site,
        LocalDate invoiceDate,
        LocalDate deliveryDate,
        LocalDate acceptanceDate,
        Instant registeredAt,
        String productCategory,
        BigDecimal price) {

    /** A registration that states no product category and no price. */
    public DeviceRegistered(UUID deviceId, String serialNumber, String model, String brand, String lotNumber,
            int quantity, String customerOrganisation, String site, LocalDate invoiceDate, LocalDate deliveryDate,
            LocalDate acceptanceDate, Instant registeredAt) {
        this(deviceId, serialNumber, model, brand, lotNumber, quantity, customerOrganisation, site, invoiceDate,
                deliveryDate, acceptanceDate, registeredAt, null, null);
    }

    public DeviceRegistered {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
