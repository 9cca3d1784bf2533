package org.aftersales.warranty.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A device's history as the API shows it: its repairs, oldest first, what the 三包 thresholds count
 * from them, its inspections, the 三包 claims decided for it, and the unit that replaced it, if any.
 */
public record DeviceHistory(
        @Schema(description = "The device", required = true) UUID deviceId,
        @Schema(description = "The device's serial number") String serialNumber,
        @Schema(description = "Its repairs, oldest first") List<Repair> repairs,
        @Schema(description = "What the 三包 thresholds count, per component and fault") List<RepairCounts> counts,
        @Schema(description = "Repair days over every fault (cumulative, as the car rule's 30-day test counts)")
        long totalRepairDays,
        @Schema(description = "Its inspections (巡检) with their record sheets") List<Inspection> inspections,
        @Schema(description = "The 三包 claims decided for it") List<Claim> claims,
        @Schema(description = "The unit that replaced it (换货); null while it was not replaced", nullable = true)
        UUID replacedByDeviceId) {

    /** An inspection (巡检) with its record sheet. */
    public record Inspection(
            @Schema(description = "The inspection ticket", required = true) UUID ticketId,
            @Schema(description = "When the visit took place (ISO-8601, UTC)", required = true) Instant inspectedAt,
            @Schema(description = "接地检查 as found") String grounding,
            @Schema(description = "防尘处理: dust as found and what was done") String dust,
            @Schema(description = "运行情况 as found") String operatingState,
            @Schema(description = "The software version found; null when the device runs none") String softwareVersion,
            @Schema(description = "What was found and advised") String findings,
            @Schema(description = "The engineer who inspected") String inspectedBy) {
    }

    /** A 三包 claim decided for the device; the whole decision is at {@code /api/v1/claims/{id}}. */
    public record Claim(
            @Schema(description = "The claim, at /api/v1/claims/{id}", required = true) UUID id,
            @Schema(description = "When the claim was made (ISO-8601, UTC)", required = true) Instant claimedAt,
            @Schema(description = "The claimed component, whole-unit for the whole unit") String component,
            @Schema(description = "The claimed fault's code") String faultCode,
            @Schema(description = "The remedy decided, e.g. REPAIR, EXCHANGE or REFUND") String remedy,
            @Schema(description = "The policy whose outcome won", examples = "CN-GOODS-1995") String policyId,
            @Schema(description = "The rule of that policy that gave it", examples = "1995.R3") String ruleId) {
    }

    /**
     * One repair.
     *
     * @param stoppedWork the fault stopped the customer's work (停机)
     * @param partsWaiting how long it waited for parts within its span (ISO-8601), or null
     * @param delay why it took longer than promised: NONE, REPAIRER, PARTS_NOT_SUPPLIED, MANUFACTURER, CUSTOMER
     */
    public record Repair(
            @Schema(description = "The resolved ticket of the repair", required = true) UUID ticketId,
            @Schema(description = "The repaired component; whole-unit for the whole unit") String component,
            @Schema(description = "The fault repaired") String faultCode,
            @Schema(description = "When the repair began (ISO-8601, UTC)", required = true) Instant repairStartedAt,
            @Schema(description = "When it ended (ISO-8601, UTC)", required = true) Instant repairEndedAt,
            @Schema(description = "Its repair days, each started 24 hours a day") long repairDays,
            @Schema(description = "Part numbers used") List<String> partsUsed,
            @Schema(description = "Whether the fault is gone (false: repaired but still failing)") boolean faultGone,
            @Schema(description = "Who resolved the ticket") String resolvedBy,
            @Schema(description = "The fault stopped the customer's work (停机)") boolean stoppedWork,
            @Schema(description = "How long it waited for parts within its span (ISO-8601 duration); null when it did"
                    + " not") String partsWaiting,
            @Schema(description = "Why it took longer than promised: NONE, REPAIRER, PARTS_NOT_SUPPLIED, MANUFACTURER or"
                    + " CUSTOMER", required = true) RepairVisit.Delay delay) {
    }
}
