package org.aftersales.warranty.claim;

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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.warranty.installedbase.Device;
import org.aftersales.warranty.sanbao.Assessment;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.Fault;
import org.aftersales.warranty.sanbao.ProductTerms;
import org.aftersales.warranty.sanbao.Purchase;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/claims}: the facts of a 三包 claim. What the installed base knows (the document
 * dates, the repair history, the latest old-part assessment) is taken from it unless the request states it.
 */
@Schema(name = "NewClaim", description = "The facts of a 三包 claim (三包/保修申请)")
public record NewClaim(
        @Schema(description = "The device in the installed base; the claim belongs to its customer organisation",
                examples = "3e2d1c0b-9a8f-4e7d-b6c5-a4b3c2d1e0f9")
        @NotNull UUID deviceId,

        @Schema(description = "The product key of a 三包 product table row (colour-tv, refrigerator, household-car, "
                + "mobile-phone, notebook-computer, …); absent: the device's product category. A product no specific "
                + "regulation lists falls to 消费者权益保护法 §24", examples = "colour-tv")
        @Size(max = 100) @Pattern(regexp = ProductTerms.KEY_PATTERN, message = "must be a product key like colour-tv")
        String productCategory,

        @Schema(description = "The invoice price in yuan (发票价格): the refund, its deduction and the worth of an exchange "
                + "are computed from it; absent: the device's price", examples = "3999.00")
        @DecimalMin(value = "0.01") @DecimalMax(value = "100000000") @Digits(integer = 9, fraction = 2)
        BigDecimal price,

        @Schema(description = "The failed component: a main part or accessory key, absent for the whole unit",
                examples = "picture-tube")
        @Size(max = 100) @Pattern(regexp = ProductTerms.KEY_PATTERN, message = "must be a component key like picture-tube")
        String component,

        @Schema(description = "The claimed fault") @NotNull @Valid FaultFacts fault,

        @Schema(description = "When the claim was made (UTC); dates count in China time", examples = "2026-11-23T02:00:00Z")
        @NotNull Instant claimedAt,

        @Schema(description = "The ticket the claim is about: the old-part assessment of that ticket is taken",
                nullable = true)
        UUID ticketId,

        @Schema(description = "Distance used at the claim (行驶里程), cars; 0 or absent otherwise", examples = "0")
        @PositiveOrZero @Max(10_000_000) Long odometerKm,

        @Schema(description = "Cars: the usage coefficient n printed on the 三包凭证", examples = "0.005")
        @DecimalMin(value = "0") @DecimalMax(value = "1") BigDecimal usageCoefficient,

        @Schema(description = "How it was bought; absent: a consumer purchase in a shop", nullable = true)
        @Valid PurchaseFacts purchase,

        @Schema(description = "Document dates; each absent one is taken from the device record", nullable = true)
        @Valid DocumentDates dates,

        @Schema(description = "Earlier repairs; absent: the device's repair history (from resolved tickets)")
        @Size(max = 200) List<@NotNull @Valid RepairFacts> repairs,

        @Schema(description = "Earlier exchanges of the whole unit or replacements of parts; absent: the device's part "
                + "replacements (一包)")
        @Size(max = 50) List<@NotNull @Valid ReplacementFacts> replacements,

        @Schema(description = "The assessed cause (旧件鉴定); absent: the old-part assessment of the claim's ticket (or, "
                + "without a ticket, one naming no ticket) for this component and fault, else not assessed (treated as a "
                + "quality problem)", nullable = true)
        @Valid AssessmentFacts assessment,

        @Schema(description = "The seller has the same model and specification for an exchange (同型号同规格; cars: the "
                + "same brand and model); false: a due exchange becomes a refund of the full price (1995 Art 13, mobile "
                + "Art 18), a phone exchange waits for an agreed date (agreedExchangeDate), a car is replaced by one of a "
                + "configuration not lower or refunded (car Art 25); absent: in stock")
        Boolean sameModelInStock,

        @Schema(description = "Phones: without the same model in stock, the date seller and consumer agreed for the "
                + "exchange (mobile M10); absent or passed: the seller must take the return", examples = "2026-10-15",
                nullable = true)
        LocalDate agreedExchangeDate,

        @Schema(description = "Cars without the same brand and model in stock: the seller has a car of a configuration not "
                + "lower than the original (car Art 25); absent: none, so the consumer may choose a refund")
        Boolean notLowerConfigurationInStock,

        @Schema(description = "The claimed component is an accessory: how it was sold (mobile M9: an accessory exchanged "
                + "twice and still failing is refunded at its invoice price, or sold with the phone at its stand-alone "
                + "retail price)", nullable = true) @Valid AccessoryFacts accessory,

        @Schema(description = "大件产品: the repairer also bears the reasonable transport cost of a free repair (1995 Art 15); "
                + "default false") Boolean largeItem,

        @Schema(description = "The documents the customer can show: INVOICE_AND_VOUCHER (default), OTHER_PROOF (invoice "
                + "stub, a copy: no refund), MANUFACTURE_DATE (phones: the period starts on the 90th day after it, free "
                + "repair only; needs manufactureDate), NONE (no 三包, paid repair)", nullable = true)
        Claim.Evidence evidence,

        @Schema(description = "出厂日期 (a phone's from its IMEI), with evidence MANUFACTURE_DATE only",
                examples = "2026-01-10", nullable = true) LocalDate manufactureDate,

        @Schema(description = "Cars that cannot be driven safely (fault trait CANNOT_DRIVE_SAFELY): the free remote "
                + "consultation did not solve it, so on-site service and towing are owed (car Art 15); default false")
        Boolean remoteConsultationFailed,

        @Schema(description = "Cars: fees the seller compensates with a replacement or refund (car Art 26)",
                nullable = true)
        @Valid FeeFacts fees) {

    /**
     * The claim a device's recorded history implies after {@code repair} (remedy-due): the device's product category
     * and price, else {@link Claim#UNCATEGORISED} at price 0; a device without an invoice date runs from its earliest
     * recorded date, else its registration; everything else from the installed base.
     */
    static NewClaim fromHistory(Device device, RepairVisit repair, UUID ticketId) {
        DocumentDates dates = device.invoiceDate != null ? null : new DocumentDates(Stream.of(device.deliveryDate,
                        device.acceptanceDate, LocalDate.ofInstant(device.registeredAt, Claim.CHINA_TIME))
                .filter(Objects::nonNull).findFirst().orElseThrow(), device.deliveryDate, device.acceptanceDate);
        return new NewClaim(device.id, device.productCategory == null ? Claim.UNCATEGORISED : device.productCategory,
                device.price == null ? BigDecimal.ZERO : device.price, repair.component(),
                new FaultFacts(repair.faultCode(), Set.of()), repair.end().orElseThrow(), ticketId, null, null, null,
                dates, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The fault. Repairs of the same problem (同一质量问题) carry the same code. */
    @Schema(name = "ClaimFault")
    public record FaultFacts(
            @Schema(description = "The fault's code: repairs of the same problem (同一质量问题) carry the same code",
                    examples = "NO-PICTURE") @NotBlank @Size(max = 100) String code,
            @Schema(description = "Classes the car rule names") @Size(max = 4) Set<Fault.@NotNull Trait> traits) {
    }

    @Schema(name = "ClaimPurchase")
    public record PurchaseFacts(
            @Schema(description = "CONSUMER (default) or BUSINESS (the contract governs, 产品质量法 §40 ¶4)",
                    nullable = true)
            Purchase.Buyer buyer,
            @Schema(description = "网络、电视、电话、邮购: a distance sale (消费者权益保护法 §25)") Boolean distanceSale,
            @Schema(description = "The kind of goods 消费者权益保护法 §25 may except from the no-reason return",
                    nullable = true)
            @Valid ReturnExclusionFacts returnExclusion,
            @Schema(description = "商品完好; default true") Boolean goodsIntact) {
    }

    @Schema(name = "ClaimReturnExclusion")
    public record ReturnExclusionFacts(
            @Schema(description = "MADE_TO_ORDER, FRESH_PERISHABLE, PERIODICAL (always excepted), DIGITAL (excepted once "
                    + "downloaded or unsealed), UNSUITABLE_BY_NATURE (excepted if the consumer confirmed it at purchase)")
            @NotNull Purchase.ReturnExclusion.Kind kind,
            @Schema(description = "DIGITAL: downloaded online or unsealed by the consumer; default false") Boolean unsealed,
            @Schema(description = "UNSUITABLE_BY_NATURE: the consumer confirmed at purchase; default false")
            Boolean confirmedAtPurchase) {
    }

    @Schema(name = "ClaimAccessory")
    public record AccessoryFacts(
            @Schema(description = "Sold together with the product (随机配件) rather than on its own") @NotNull Boolean soldWithProduct,
            @Schema(description = "Its separate retail price now (单独零售价格), yuan: required when sold with the product",
                    examples = "129.00")
            @DecimalMin(value = "0.01") @DecimalMax(value = "100000000") @Digits(integer = 9, fraction = 2)
            BigDecimal standAlonePrice) {
    }

    @Schema(name = "ClaimFees")
    public record FeeFacts(
            @Schema(description = "车辆登记费用, yuan", examples = "500.00")
            @DecimalMin(value = "0") @DecimalMax(value = "100000000") @Digits(integer = 9, fraction = 2) BigDecimal registration,
            @Schema(description = "加装、装饰费用 the seller charged, yuan (compensated less depreciation)", examples = "8000.00")
            @DecimalMin(value = "0") @DecimalMax(value = "100000000") @Digits(integer = 9, fraction = 2) BigDecimal addOns,
            @Schema(description = "服务费用 the seller charged, yuan", examples = "1000.00")
            @DecimalMin(value = "0") @DecimalMax(value = "100000000") @Digits(integer = 9, fraction = 2) BigDecimal services) {
    }

    @Schema(name = "ClaimNonCounting")
    public record NonCountingFacts(
            @Schema(description = "When the interval starts (ISO-8601, UTC)", examples = "2026-09-03T01:00:00Z")
            @NotNull Instant from,
            @Schema(description = "When it ends (ISO-8601, UTC)", examples = "2026-09-08T01:00:00Z") @NotNull Instant to,
            @Schema(description = "VIN_PART_TRANSPORT, TRACTION_BATTERY_TRANSPORT, ROADSIDE_RESCUE_TRAVEL, OWNER_CAUSED")
            @NotNull RepairVisit.NonCounting.Reason reason) {
    }

    @Schema(name = "ClaimDates")
    public record DocumentDates(
            @Schema(description = "发票日期", examples = "2026-06-28", nullable = true) LocalDate invoice,
            @Schema(description = "交付/收货", examples = "2026-07-02", nullable = true) LocalDate delivery,
            @Schema(description = "安装调试验收完成", examples = "2026-07-10", nullable = true) LocalDate acceptance) {
    }

    @Schema(name = "ClaimRepair")
    public record RepairFacts(
            @Schema(description = "The repaired component; absent: the claim's component", examples = "picture-tube")
            @Size(max = 100) @Pattern(regexp = ProductTerms.KEY_PATTERN, message = "must be a component key like picture-tube")
            String component,
            @Schema(description = "When the repair started (ISO-8601, UTC)", examples = "2026-09-01T01:00:00Z")
            @NotNull Instant startedAt,
            @Schema(description = "When it ended (ISO-8601, UTC); absent while the repair is still open",
                    examples = "2026-09-02T07:00:00Z", nullable = true) Instant endedAt,
            @Schema(description = "The fault repaired", examples = "NO-PICTURE") @NotBlank @Size(max = 100)
            String faultCode,
            @Schema(description = "The repair removed the fault; default false") Boolean resolved,
            @Schema(description = "The outage stopped the customer's work") Boolean stoppedWork,
            @Schema(description = "Days waiting for parts outside the visit") @PositiveOrZero @Max(3650) Integer partsWaitingDays,
            @Schema(description = "Why it took long: NONE (default), REPAIRER, PARTS_NOT_SUPPLIED, MANUFACTURER, CUSTOMER",
                    nullable = true) RepairVisit.Delay delay,
            @Schema(description = "Cars: intervals of the visit that do not count toward the cumulative repair time "
                    + "(car Art 24 ¶3), each within the visit")
            @Size(max = 50) List<@NotNull @Valid NonCountingFacts> nonCounting) {

        @AssertTrue(message = "endedAt must not be before startedAt")
        @JsonIgnore
        @Schema(hidden = true)
        public boolean isEndedAfterStart() {
            return startedAt == null || endedAt == null || !endedAt.isBefore(startedAt);
        }
    }

    @Schema(name = "ClaimReplacement")
    public record ReplacementFacts(
            @Schema(description = "The day of the exchange or replacement", examples = "2026-10-01") @NotNull LocalDate date,
            @Schema(description = "whole-unit for an exchange, else the replaced part or assembly", examples = "whole-unit")
            @NotBlank @Size(max = 100) String component,
            @Schema(description = "Cars: the system the replaced part is a main part of (engine, transmission, "
                    + "traction-battery, drive-motor, steering, braking, suspension, drivetrain, emission-control, body); "
                    + "absent for an assembly replaced as a whole", examples = "braking")
            @Size(max = 100) @Pattern(regexp = ProductTerms.KEY_PATTERN, message = "must be a system key like braking")
            String system,
            @Schema(description = "Replaced because of a quality problem; default true") Boolean qualityProblem) {
    }

    @Schema(name = "ClaimAssessment")
    public record AssessmentFacts(
            @Schema(description = "QUALITY_PROBLEM, NOT_QUALITY_PROBLEM or NO_FAULT_FOUND (未发现故障)")
            @NotNull Assessment.Verdict verdict,
            @Schema(description = "Required with NOT_QUALITY_PROBLEM, refused otherwise", examples = "MISUSE",
                    nullable = true) Assessment.Cause cause,
            @Schema(description = "The assessment's reasoning in words", examples = "主板进水，属使用不当")
            @Size(max = 2000) String reason) {

        @AssertTrue(message = "verdict must be QUALITY_PROBLEM, NOT_QUALITY_PROBLEM or NO_FAULT_FOUND; "
                + "cause goes with NOT_QUALITY_PROBLEM only")
        @JsonIgnore
        @Schema(hidden = true)
        public boolean isVerdictWithItsCause() {
            if (verdict == null) {
                return true;
            }
            return switch (verdict) {
                case QUALITY_PROBLEM, NO_FAULT_FOUND -> cause == null;
                case NOT_QUALITY_PROBLEM -> cause != null;
                case NOT_ASSESSED -> false;
            };
        }
    }
}
