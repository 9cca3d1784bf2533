package org.aftersales.warranty.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.warranty.sanbao.Assessment;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.Decision;
import org.aftersales.warranty.sanbao.Fault;
import org.aftersales.warranty.sanbao.Payer;
import org.aftersales.warranty.sanbao.PeriodEnd;
import org.aftersales.warranty.sanbao.Purchase;
import org.aftersales.warranty.sanbao.Refund;
import org.aftersales.warranty.sanbao.Remedy;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A decided 三包 claim as the API shows it, and as it is stored: the facts the engine decided on (with where each
 * came from) and its decision with the full bilingual trace. Never changes once stored.
 */
@Schema(name = "Claim", description = "A 三包 claim and its decision")
public record ClaimView(
        @Schema(description = "The claim", required = true) UUID id,
        @Schema(description = "The device; the claim belongs to its customer organisation", required = true)
        UUID deviceId,
        @Schema(description = "The device's serial number") String deviceSerial,
        @Schema(description = "The customer organisation the claim belongs to", examples = "dealer-a/customer-a")
        String customerOrganisation,
        @Schema(description = "The facts as decided on", required = true) Facts facts,
        @Schema(description = "The engine's decision", required = true) DecisionView decision,
        @Schema(description = "Who made the claim") String createdBy,
        @Schema(description = "When the claim was decided (ISO-8601, UTC)", required = true) Instant createdAt) {

    /** Where a fact came from. */
    public enum Source {
        /** stated in the request */
        REQUEST,
        /** the device record or its repair history */
        INSTALLED_BASE,
        /** the contract in force: a device under a business contract is a business purchase */
        CONTRACT,
        /** the old-part assessment (旧件鉴定) of the claim's ticket, component and fault */
        OLD_PART_ASSESSMENT,
        /** nothing stated or recorded: the engine's default */
        DEFAULT
    }

    @Schema(name = "ClaimFacts")
    public record Facts(
            @Schema(description = "The product key of the 三包 product table row decided on", examples = "colour-tv")
            String product,
            @Schema(description = "Where product and price came from: REQUEST or INSTALLED_BASE; null on a claim decided"
                    + " before it was recorded", nullable = true)
            Source productSource,
            @Schema(description = "The failed component: a main part or accessory key, or whole-unit",
                    examples = "whole-unit") String component,
            @Schema(description = "The invoice price in yuan (发票价格)", examples = "3999.00") BigDecimal price,
            @Schema(description = "Cars: the usage coefficient n printed on the 三包凭证; null otherwise")
            BigDecimal usageCoefficient,
            @Schema(description = "CONSUMER or BUSINESS (the contract governs)", required = true) Purchase.Buyer buyer,
            @Schema(description = "REQUEST, CONTRACT (a business purchase under the contract) or DEFAULT (a consumer);"
                    + " null on a claim decided before it was recorded", nullable = true)
            Source buyerSource,
            @Schema(description = "网络、电视、电话、邮购: a distance sale (消费者权益保护法 §25)") boolean distanceSale,
            @Schema(description = "The goods are excepted from the no-reason return (§25), as returnExclusion decides")
            boolean noReasonReturnExcluded,
            @Schema(description = "The §25 kind of goods stated; null: none", nullable = true)
            NewClaim.ReturnExclusionFacts returnExclusion,
            @Schema(description = "商品完好: the goods are intact") boolean goodsIntact,
            @Schema(description = "The contract whose commitment took part; null: statutory policies only") String contractId,
            @Schema(description = "发票日期: the invoice date the periods run from (or the manufacture date's stand-in)",
                    required = true) LocalDate invoiceDate,
            @Schema(description = "交付/收货: the delivery date; null when not known", nullable = true)
            LocalDate deliveryDate,
            @Schema(description = "安装调试验收完成: the acceptance date; null when not known", nullable = true)
            LocalDate acceptanceDate,
            @Schema(description = "Where the dates came from: REQUEST or INSTALLED_BASE", required = true)
            Source datesSource,
            @Schema(description = "When the claim was made (ISO-8601, UTC)", required = true) Instant claimedAt,
            @Schema(description = "Distance used at the claim (行驶里程), cars; 0 otherwise") long odometerKm,
            @Schema(description = "The ticket the claim is about, whose old-part assessment it takes; null when none",
                    nullable = true) UUID ticketId,
            @Schema(description = "The claimed fault's code", examples = "NO-PICTURE") String faultCode,
            @Schema(description = "Classes of the fault the car rule names") List<Fault.Trait> faultTraits,
            @Schema(description = "Earlier repairs, oldest first") List<Repair> repairs,
            @Schema(description = "Where the repairs came from: REQUEST or INSTALLED_BASE", required = true)
            Source repairsSource,
            @Schema(description = "Earlier exchanges of the whole unit or replacements of parts")
            List<Replacement> replacements,
            @Schema(description = "The assessed cause (旧件鉴定): QUALITY_PROBLEM, NOT_QUALITY_PROBLEM, NO_FAULT_FOUND or"
                    + " NOT_ASSESSED", required = true) Assessment.Verdict assessmentVerdict,
            @Schema(description = "Why it is not a quality problem; null with any other verdict", nullable = true)
            Assessment.Cause assessmentCause,
            @Schema(description = "The assessment's reasoning in words; empty when none") String assessmentReason,
            @Schema(description = "Where the assessment came from: REQUEST, OLD_PART_ASSESSMENT or DEFAULT",
                    required = true) Source assessmentSource,
            @Schema(description = "The old-part assessment used, when taken from the record", nullable = true)
            UUID assessmentId,
            @Schema(description = "The seller has the same model for an exchange; null: not stated, taken as in stock")
            Boolean sameModelInStock,
            @Schema(description = "Phones: the date seller and consumer agreed for the exchange; null: none",
                    nullable = true) LocalDate agreedExchangeDate,
            @Schema(description = "Cars: the seller has a car of a configuration not lower than the original; null:"
                    + " not stated") Boolean notLowerConfigurationInStock,
            @Schema(description = "How the claimed accessory was sold; null when the component is no accessory",
                    nullable = true) NewClaim.AccessoryFacts accessory,
            @Schema(description = "大件产品: the repairer also bears the transport cost of a free repair")
            boolean largeItem,
            @Schema(description = "The documents the customer can show: INVOICE_AND_VOUCHER, OTHER_PROOF,"
                    + " MANUFACTURE_DATE or NONE; null on a claim decided before it was recorded", nullable = true)
            Claim.Evidence evidence,
            @Schema(description = "出厂日期, with evidence MANUFACTURE_DATE only; null otherwise", nullable = true)
            LocalDate manufactureDate,
            @Schema(description = "Cars: the free remote consultation did not solve a fault that stops safe driving")
            boolean remoteConsultationFailed,
            @Schema(description = "Fees compensated with a car's replacement or refund; null: none stated",
                    nullable = true) NewClaim.FeeFacts fees) {
    }

    @Schema(name = "ClaimFactsRepair")
    public record Repair(
            @Schema(description = "The repaired component") String component,
            @Schema(description = "When the repair started (ISO-8601, UTC)", required = true) Instant startedAt,
            @Schema(description = "When it ended (ISO-8601, UTC); null while still open", nullable = true)
            Instant endedAt,
            @Schema(description = "The fault repaired") String faultCode,
            @Schema(description = "The repair removed the fault") boolean resolved,
            @Schema(description = "The outage stopped the customer's work") boolean stoppedWork,
            @Schema(description = "Days waiting for parts outside the visit") int partsWaitingDays,
            @Schema(description = "Why it took long: NONE, REPAIRER, PARTS_NOT_SUPPLIED, MANUFACTURER or CUSTOMER",
                    required = true) RepairVisit.Delay delay,
            @Schema(description = "Intervals that do not count toward the cumulative repair time")
            List<NewClaim.NonCountingFacts> nonCounting) {

        static Repair of(RepairVisit v) {
            return new Repair(v.component(), v.start(), v.end().orElse(null), v.faultCode(), v.resolved(),
                    v.stoppedWork(), v.partsWaitingDays(), v.delay(), List.of());
        }

        RepairVisit visit() {
            List<RepairVisit.NonCounting> intervals = nonCounting == null ? List.of() : nonCounting.stream()
                    .map(n -> new RepairVisit.NonCounting(n.from(), n.to(), n.reason())).toList();
            return new RepairVisit(component, startedAt, Optional.ofNullable(endedAt), faultCode, resolved, stoppedWork,
                    partsWaitingDays, delay,
                    RepairVisit.NonCounting.total(intervals, startedAt, endedAt == null ? Instant.MAX : endedAt));
        }
    }

    @Schema(name = "ClaimFactsReplacement")
    public record Replacement(
            @Schema(description = "The day of the exchange or replacement", required = true) LocalDate date,
            @Schema(description = "whole-unit for an exchange, else the replaced part or assembly") String component,
            @Schema(description = "Cars: the system the replaced part is a main part of; null otherwise") String system,
            @Schema(description = "Replaced because of a quality problem") Boolean qualityProblem) {
    }

    @Schema(name = "ClaimDecision")
    public record DecisionView(
            @Schema(description = "The most favourable remedy the customer is entitled to", examples = "REFUND",
                    required = true) Remedy remedy,
            @Schema(description = "The remedy in Chinese", examples = "退货") String remedyZh,
            @Schema(description = "The remedy in English", examples = "refund") String remedyEn,
            @Schema(description = "The remedies the customer may choose among under the winning rule") List<Remedy> options,
            @Schema(description = "Who pays parts, labour and travel", required = true) Payers payers,
            @Schema(description = "When a refund is among the options: the amount and its deduction; null otherwise",
                    nullable = true) RefundView refund,
            @Schema(description = "A loaner or transport compensation owed alongside a repair; null when none",
                    nullable = true) LoanerView loaner,
            @Schema(description = "The policy whose outcome won", examples = "CN-GOODS-1995") String policyId,
            @Schema(description = "The rule of that policy that gave it", examples = "1995.R3") String ruleId,
            @Schema(description = "The periods of the claimed component under every applicable policy") List<Period> periods,
            @Schema(description = "Every policy and rule considered, in order, in Chinese and English") List<Trace> trace,
            @Schema(description = "An exchange owed on the agreed date (mobile M10); null otherwise", nullable = true)
            LocalDate exchangeBy,
            @Schema(description = "Help for a car that cannot be driven safely (car Art 15); null otherwise",
                    nullable = true) AssistanceView assistance,
            @Schema(description = "Fees compensated with a car's replacement or refund (car Art 26); null otherwise",
                    nullable = true) FeesView fees,
            @Schema(description = "The seller's deadlines for a car's replacement or refund (car Art 28), in working days "
                    + "of China's calendar; null otherwise", nullable = true) DeadlinesView deadlines) {
    }

    @Schema(name = "ClaimAssistance")
    public record AssistanceView(
            @Schema(description = "REMOTE_CONSULTATION first, or ON_SITE_SERVICE_AND_TOWING when that did not solve it",
                    required = true) Decision.Assistance.Kind kind,
            @Schema(description = "Who pays for it", required = true) Payer payer) {
    }

    @Schema(name = "ClaimFeeCompensation")
    public record FeesView(
            @Schema(description = "车辆登记费用 compensated, yuan") BigDecimal registration,
            @Schema(description = "加装、装饰费用 charged, yuan") BigDecimal addOns,
            @Schema(description = "The depreciation deducted from the add-ons, yuan") BigDecimal addOnDeduction,
            @Schema(description = "服务费用 compensated, yuan") BigDecimal services,
            @Schema(description = "All fees compensated, yuan") BigDecimal total) {
    }

    @Schema(name = "ClaimDeadlines")
    public record DeadlinesView(
            @Schema(description = "The day the request was received", required = true) LocalDate requested,
            @Schema(description = "Answer by this day (10 working days)", required = true) LocalDate answerBy,
            @Schema(description = "Complete the replacement or refund by this day (20 working days)", required = true)
            LocalDate completeBy) {
    }

    @Schema(name = "ClaimPayers")
    public record Payers(
            @Schema(description = "Who pays the parts", required = true) Payer parts,
            @Schema(description = "Who pays the labour", required = true) Payer labour,
            @Schema(description = "Who pays the travel", required = true) Payer travel) {
    }

    @Schema(name = "ClaimRefund")
    public record RefundView(
            @Schema(description = "The invoice price refunded from, yuan") BigDecimal price,
            @Schema(description = "How the deduction is computed, e.g. FULL_PRICE or DAILY_DEPRECIATION",
                    required = true) Refund.Basis basis,
            @Schema(description = "The depreciation rate per unit") BigDecimal rate,
            @Schema(description = "The units the rate is charged for, e.g. days of use") long units,
            @Schema(description = "The deduction (折旧费), yuan") BigDecimal deduction,
            @Schema(description = "The amount refunded, yuan") BigDecimal amount) {
    }

    @Schema(name = "ClaimLoaner")
    public record LoanerView(
            @Schema(description = "The first day a loaner (备用机) or transport compensation is owed", required = true)
            LocalDate from,
            @Schema(description = "For how many days") long days) {
    }

    @Schema(name = "ClaimPeriod")
    public record Period(
            @Schema(description = "The policy", examples = "CN-GOODS-1995") String policyId,
            @Schema(description = "SANBAO (三包有效期: exchange and refund) or FREE_REPAIR (包修期)", required = true)
            PeriodEnd.Kind kind,
            @Schema(description = "What it covers, e.g. whole-unit or a main part") String coverage,
            @Schema(description = "Its first day", required = true) LocalDate start,
            @Schema(description = "Its last day", required = true) LocalDate lastDay,
            @Schema(description = "The distance limit, whichever comes first; null when only time counts") Long kmLimit) {
    }

    @Schema(name = "ClaimTrace")
    public record Trace(
            @Schema(description = "The rule considered", examples = "1995.R3") String ruleId,
            @Schema(description = "Its policy", examples = "CN-GOODS-1995") String policyId,
            @Schema(description = "Whether the rule applied") boolean fired,
            @Schema(description = "What it said, in Chinese") String zh,
            @Schema(description = "What it said, in English") String en) {
    }
}
