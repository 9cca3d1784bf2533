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
        UUID id,
        @Schema(description = "The device; the claim belongs to its customer organisation") UUID deviceId,
        String deviceSerial,
        @Schema(examples = "dealer-a/customer-a") String customerOrganisation,
        @Schema(description = "The facts as decided on") Facts facts,
        @Schema(description = "The engine's decision") DecisionView decision,
        String createdBy,
        Instant createdAt) {

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
            @Schema(examples = "colour-tv") String product,
            @Schema(description = "Where product and price came from: REQUEST or INSTALLED_BASE") Source productSource,
            @Schema(examples = "whole-unit") String component,
            @Schema(examples = "3999.00") BigDecimal price,
            BigDecimal usageCoefficient,
            Purchase.Buyer buyer,
            @Schema(description = "REQUEST, CONTRACT (a business purchase under the contract) or DEFAULT (a consumer)")
            Source buyerSource,
            boolean distanceSale,
            @Schema(description = "The goods are excepted from the no-reason return (§25), as returnExclusion decides")
            boolean noReasonReturnExcluded,
            @Schema(description = "The §25 kind of goods stated; null: none") NewClaim.ReturnExclusionFacts returnExclusion,
            boolean goodsIntact,
            @Schema(description = "The contract whose commitment took part; null: statutory policies only") String contractId,
            LocalDate invoiceDate,
            LocalDate deliveryDate,
            LocalDate acceptanceDate,
            Source datesSource,
            Instant claimedAt,
            long odometerKm,
            @Schema(description = "The ticket the claim is about, whose old-part assessment it takes") UUID ticketId,
            String faultCode,
            List<Fault.Trait> faultTraits,
            List<Repair> repairs,
            Source repairsSource,
            List<Replacement> replacements,
            Assessment.Verdict assessmentVerdict,
            Assessment.Cause assessmentCause,
            String assessmentReason,
            Source assessmentSource,
            @Schema(description = "The old-part assessment used, when taken from the record") UUID assessmentId,
            @Schema(description = "The seller has the same model for an exchange; null: not stated, taken as in stock")
            Boolean sameModelInStock,
            LocalDate agreedExchangeDate,
            Boolean notLowerConfigurationInStock,
            NewClaim.AccessoryFacts accessory,
            boolean largeItem,
            Claim.Evidence evidence,
            LocalDate manufactureDate,
            boolean remoteConsultationFailed,
            @Schema(description = "Fees compensated with a car's replacement or refund; null: none stated") NewClaim.FeeFacts fees) {
    }

    @Schema(name = "ClaimFactsRepair")
    public record Repair(String component, Instant startedAt, Instant endedAt, String faultCode, boolean resolved,
            boolean stoppedWork, int partsWaitingDays, RepairVisit.Delay delay,
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
    public record Replacement(LocalDate date, String component, String system, Boolean qualityProblem) {
    }

    @Schema(name = "ClaimDecision")
    public record DecisionView(
            @Schema(description = "The most favourable remedy the customer is entitled to", examples = "REFUND") Remedy remedy,
            @Schema(examples = "退货") String remedyZh,
            @Schema(examples = "refund") String remedyEn,
            @Schema(description = "The remedies the customer may choose among under the winning rule") List<Remedy> options,
            @Schema(description = "Who pays parts, labour and travel") Payers payers,
            @Schema(description = "When a refund is among the options: the amount and its deduction") RefundView refund,
            @Schema(description = "A loaner or transport compensation owed alongside a repair") LoanerView loaner,
            @Schema(description = "The policy whose outcome won", examples = "CN-GOODS-1995") String policyId,
            @Schema(description = "The rule of that policy that gave it", examples = "1995.R3") String ruleId,
            @Schema(description = "The periods of the claimed component under every applicable policy") List<Period> periods,
            @Schema(description = "Every policy and rule considered, in order, in Chinese and English") List<Trace> trace,
            @Schema(description = "An exchange owed on the agreed date (mobile M10)") LocalDate exchangeBy,
            @Schema(description = "Help for a car that cannot be driven safely (car Art 15)") AssistanceView assistance,
            @Schema(description = "Fees compensated with a car's replacement or refund (car Art 26)") FeesView fees,
            @Schema(description = "The seller's deadlines for a car's replacement or refund (car Art 28), in working days "
                    + "of China's calendar") DeadlinesView deadlines) {
    }

    @Schema(name = "ClaimAssistance")
    public record AssistanceView(Decision.Assistance.Kind kind, Payer payer) {
    }

    @Schema(name = "ClaimFeeCompensation")
    public record FeesView(BigDecimal registration, BigDecimal addOns, BigDecimal addOnDeduction, BigDecimal services,
            BigDecimal total) {
    }

    @Schema(name = "ClaimDeadlines")
    public record DeadlinesView(@Schema(description = "The day the request was received") LocalDate requested,
            @Schema(description = "Answer by this day (10 working days)") LocalDate answerBy,
            @Schema(description = "Complete the replacement or refund by this day (20 working days)") LocalDate completeBy) {
    }

    @Schema(name = "ClaimPayers")
    public record Payers(Payer parts, Payer labour, Payer travel) {
    }

    @Schema(name = "ClaimRefund")
    public record RefundView(BigDecimal price, Refund.Basis basis, BigDecimal rate, long units, BigDecimal deduction,
            BigDecimal amount) {
    }

    @Schema(name = "ClaimLoaner")
    public record LoanerView(LocalDate from, long days) {
    }

    @Schema(name = "ClaimPeriod")
    public record Period(String policyId, PeriodEnd.Kind kind, String coverage, LocalDate start, LocalDate lastDay,
            @Schema(description = "The distance limit, whichever comes first; null when only time counts") Long kmLimit) {
    }

    @Schema(name = "ClaimTrace")
    public record Trace(@Schema(examples = "1995.R3") String ruleId, @Schema(examples = "CN-GOODS-1995") String policyId,
            boolean fired, String zh, String en) {
    }
}
