package org.aftersales.warranty.installedbase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A device as the API shows it. */
public record DeviceView(
        @Schema(description = "The device in the installed base (客户档案)", required = true) UUID id,
        @Schema(description = "The device's serial number", examples = "SN-2024-000187") String serialNumber,
        @Schema(description = "The device's model", examples = "PM-8000") String model,
        @Schema(description = "The device's brand", examples = "迈瑞") String brand,
        @Schema(description = "批号: production lot or batch; null when not known") String lotNumber,
        @Schema(description = "How many units the record stands for") int quantity,
        @Schema(description = "The customer organisation it belongs to", examples = "dealer-a/customer-a")
        String customerOrganisation,
        @Schema(description = "Where it stands, e.g. 住院部 3F ICU; null when not known") String site,
        @Schema(description = "发票日期; null when not known", nullable = true) LocalDate invoiceDate,
        @Schema(description = "交付/收货: the delivery date; null when not known", nullable = true)
        LocalDate deliveryDate,
        @Schema(description = "验收: the day the customer signed it off; null until accepted", nullable = true)
        LocalDate acceptanceDate,
        @Schema(description = "产品类别: the product key of a 三包 product table row; null when not known")
        String productCategory,
        @Schema(description = "发票价格 in yuan; null when not known") BigDecimal price,
        @Schema(description = "主要部件: main components, some with a warranty period of their own")
        List<NewDevice.Component> components,
        @Schema(description = "一包: main components replaced by new parts") List<DeviceChanges.PartReplaced> partReplacements,
        @Schema(description = "The unit that replaced it (换新); null while it was not replaced", nullable = true)
        UUID replacedByDeviceId,
        @Schema(description = "Who registered it") String registeredBy,
        @Schema(description = "When it was registered (ISO-8601, UTC)", required = true) Instant registeredAt,
        @Schema(description = "The device's version, also its ETag") long version) {

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
