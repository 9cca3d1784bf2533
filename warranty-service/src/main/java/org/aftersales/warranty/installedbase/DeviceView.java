package org.aftersales.warranty.installedbase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A device as the API shows it. */
public record DeviceView(
        UUID id,
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
        String productCategory,
        BigDecimal price,
        List<NewDevice.Component> components,
        List<DeviceChanges.PartReplaced> partReplacements,
        UUID replacedByDeviceId,
        String registeredBy,
        Instant registeredAt,
        long version) {

    static DeviceView of(Device d) {
        return new DeviceView(d.id, d.serialNumber, d.model, d.brand, d.lotNumber, d.quantity, d.customerOrganisation,
                d.site, d.invoiceDate, d.deliveryDate, d.acceptanceDate, d.productCategory, d.price,
                d.components.stream().map(c -> new NewDevice.Component(c.name, c.serialNumber, c.warrantyPeriod)).toList(),
                d.partReplacements.stream()
                        .map(r -> new DeviceChanges.PartReplaced(r.component, r.replacedOn, r.ticketId)).toList(),
                d.replacedByDeviceId, d.registeredBy, d.registeredAt,
                d.version);
    }
}
