package org.aftersales.warranty.installedbase;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.platform.security.Organisations;
import org.aftersales.warranty.sanbao.ProductTerms;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A device to register: the body of {@code POST /api/v1/devices}, and one row of a CSV import (its
 * columns have these names). The same rules apply to both.
 */
@Schema(name = "NewDevice", description = "A device joining a customer organisation's installed base (客户档案)")
public record NewDevice(
        @Schema(description = "The device's serial number", examples = "SN-2024-000187") @NotBlank @Size(max = 64)
        String serialNumber,
        @Schema(description = "The device's model", examples = "PM-8000") @NotBlank @Size(max = 100) String model,
        @Schema(description = "The device's brand", examples = "迈瑞") @NotBlank @Size(max = 100) String brand,
        @Schema(description = "批号: production lot or batch") @Size(max = 64) String lotNumber,
        @Schema(description = "How many units the record stands for; 1 when absent") @Positive @Max(100_000) Integer quantity,
        @Schema(description = "The customer organisation it belongs to, as its path", examples = "dealer-a/customer-a")
        @NotBlank @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a/customer-a")
        String customerOrganisation,
        @Schema(description = "Where it stands", examples = "住院部 3F ICU") @Size(max = 200) String site,
        @Schema(description = "发票日期: the 三包 periods run from it", examples = "2024-06-28", nullable = true)
        LocalDate invoiceDate,
        @Schema(description = "交付/收货: the delivery date", examples = "2024-07-02", nullable = true)
        LocalDate deliveryDate,
        @Schema(description = "验收: the day the customer signed it off; not before the delivery",
                examples = "2024-07-10", nullable = true) LocalDate acceptanceDate,
        @Schema(description = "产品类别: the product key of a 三包 product table row (colour-tv, refrigerator, "
                + "household-car, mobile-phone, notebook-computer, …; any other key falls to 消费者权益保护法 §24); "
                + "claims and remedy-due decide on it", examples = "colour-tv")
        @Size(max = 100) @Pattern(regexp = ProductTerms.KEY_PATTERN, message = "must be a product key like colour-tv") String productCategory,
        @Schema(description = "发票价格 in yuan: refunds and the value of an exchange are computed from it",
                examples = "3999.00")
        @DecimalMin("0.01") @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal price,
        @Schema(description = "主要部件: main components, some with a warranty period of their own (JSON only, not a CSV column)")
        @Size(max = 50) List<@NotNull @Valid Component> components) {

    /** A main component; {@code warrantyPeriod} as ISO-8601, e.g. P5Y. */
    @Schema(name = "DeviceComponent")
    public record Component(
            @Schema(description = "The component's key", examples = "power-supply") @NotBlank @Size(max = 100)
            String name,
            @Schema(description = "The component's own serial number") @Size(max = 64) String serialNumber,
            @Schema(description = "Its own warranty period (ISO-8601), when the 三包凭证 gives one; the longer of it and"
                    + " the contract's terms counts", examples = "P5Y") @Pattern(regexp = "P(\\d+Y)?(\\d+M)?(\\d+D)?", message = "must be an ISO-8601 period such as P5Y")
            String warrantyPeriod) {
    }

    /** Acceptance (验收) follows delivery. */
    @AssertTrue(message = "acceptanceDate must not be before deliveryDate")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isAcceptedAfterDelivery() {
        return acceptanceDate == null || deliveryDate == null || !acceptanceDate.isBefore(deliveryDate);
    }
}
