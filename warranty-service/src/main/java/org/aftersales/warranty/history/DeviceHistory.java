package org.aftersales.warranty.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A device's history as the API shows it: its repairs, oldest first, and what the 三包 thresholds
 * count from them.
 */
public record DeviceHistory(UUID deviceId, String serialNumber, List<Repair> repairs, List<RepairCounts> counts,
        long totalRepairDays) {

    /** One repair. */
    public record Repair(UUID ticketId, String component, String faultCode, Instant repairStartedAt,
            Instant repairEndedAt, long repairDays, List<String> partsUsed, boolean faultGone,
            String resolvedBy) {
    }
}
