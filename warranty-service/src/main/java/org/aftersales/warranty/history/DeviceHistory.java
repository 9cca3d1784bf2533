package org.aftersales.warranty.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.warranty.sanbao.RepairVisit;

/**
 * A device's history as the API shows it: its repairs, oldest first, what the 三包 thresholds count
 * from them, its inspections, the 三包 claims decided for it, and the unit that replaced it, if any.
 */
public record DeviceHistory(UUID deviceId, String serialNumber, List<Repair> repairs, List<RepairCounts> counts,
        long totalRepairDays, List<Inspection> inspections, List<Claim> claims, UUID replacedByDeviceId) {

    /** An inspection (巡检) with its record sheet. */
    public record Inspection(UUID ticketId, Instant inspectedAt, String grounding, String dust, String operatingState,
            String softwareVersion, String findings, String inspectedBy) {
    }

    /** A 三包 claim decided for the device; the whole decision is at {@code /api/v1/claims/{id}}. */
    public record Claim(UUID id, Instant claimedAt, String component, String faultCode, String remedy, String policyId,
            String ruleId) {
    }

    /**
     * One repair.
     *
     * @param stoppedWork the fault stopped the customer's work (停机)
     * @param partsWaiting how long it waited for parts within its span (ISO-8601), or null
     * @param delay why it took longer than promised: NONE, REPAIRER, PARTS_NOT_SUPPLIED, MANUFACTURER, CUSTOMER
     */
    public record Repair(UUID ticketId, String component, String faultCode, Instant repairStartedAt,
            Instant repairEndedAt, long repairDays, List<String> partsUsed, boolean faultGone,
            String resolvedBy, boolean stoppedWork, String partsWaiting, RepairVisit.Delay delay) {
    }
}
