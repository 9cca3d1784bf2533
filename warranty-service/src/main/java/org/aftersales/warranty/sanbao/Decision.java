package org.aftersales.warranty.sanbao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's answer.
 *
 * @param remedy     the most favourable remedy the customer is entitled to
 * @param options    the remedies the customer may choose among under the winning rule (contains {@code remedy})
 * @param costs      who pays parts, labour and travel for {@code remedy}
 * @param refund     when {@code options} contains {@link Remedy#REFUND}: the amount and its deduction
 * @param loaner     a loaner or transport compensation owed alongside the repair, the best any policy gives
 * @param policyId   the policy whose outcome won
 * @param ruleId     the rule of that policy that gave it
 * @param periods    the periods of the claimed component under every applicable policy
 * @param trace      every policy and rule considered, in order
 * @param exchangeBy an exchange owed on the date seller and consumer agreed (phone M10)
 * @param assistance remote consultation or on-site service and towing owed alongside the repair (car V3)
 * @param fees       fees compensated with a replacement or refund (car V13)
 * @param deadlines  when the seller must answer and complete a replacement or refund (car Art 28)
 */
public record Decision(
        Remedy remedy,
        Set<Remedy> options,
        Costs costs,
        Optional<Refund> refund,
        Optional<Loaner> loaner,
        String policyId,
        String ruleId,
        List<PeriodEnd> periods,
        List<TraceEntry> trace,
        Optional<LocalDate> exchangeBy,
        Optional<Assistance> assistance,
        Optional<FeeCompensation> fees,
        Optional<Deadlines> deadlines) {

    /** Help for a car that cannot be driven safely (car rule Art 15). */
    public record Assistance(Kind kind, Payer payer) {

        public enum Kind {
            /** 免费的咨询服务: first a free remote consultation. */
            REMOTE_CONSULTATION,
            /** 咨询服务无法解决的，提供现场服务，并承担合理的车辆拖运费. */
            ON_SITE_SERVICE_AND_TOWING
        }
    }

    /**
     * Fees compensated with a replacement or refund, yuan (car rule Art 26).
     *
     * @param addOnDeduction the add-ons' depreciation
     * @param total          registration + add-ons − their depreciation + services
     */
    public record FeeCompensation(BigDecimal registration, BigDecimal addOns, BigDecimal addOnDeduction,
                                  BigDecimal services, BigDecimal total) {
    }

    /**
     * The seller's deadlines for a replacement or refund requested on {@code requested} (car rule Art 28): answer by
     * {@code answerBy}, a refusal with reasons; complete by {@code completeBy}, else the consumer may demand a refund
     * unless the delay is the consumer's.
     */
    public record Deadlines(LocalDate requested, LocalDate answerBy, LocalDate completeBy) {
    }
}
