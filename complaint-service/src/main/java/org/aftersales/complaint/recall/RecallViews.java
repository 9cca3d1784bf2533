package org.aftersales.complaint.recall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the recall API shows and takes besides a new recall. */
public final class RecallViews {

    private RecallViews() {
    }

    /** A recall with its progress. */
    public record RecallView(UUID id, List<String> lotNumbers, List<String> models, String reason, String remedy,
            Instant deadline, UUID complaintId, String status, int affectedDevices, long affectedCustomers,
            long notified, long done, long refused, BigDecimal percentDone, String startedBy, Instant startedAt,
            String closedBy, Instant closedAt, String closeReason, long version) {
    }

    public record DeviceView(UUID deviceId, String serialNumber, String model, String lotNumber,
            String customerOrganisation, RecallDeviceState state, String note, String changedBy, Instant changedAt) {

        static DeviceView of(RecallDevice d) {
            return new DeviceView(d.key.deviceId(), d.serialNumber, d.model, d.lotNumber, d.customerOrganisation,
                    d.state, d.note, d.changedBy, d.changedAt);
        }
    }

    public record DevicePage(List<DeviceView> items, int page, int size, long total) {
    }

    /** What became of one device: FIXED, COLLECTED or REFUSED. */
    public record DeviceUpdate(@NotNull RecallDeviceState state, @Size(max = 2000) String note) {
    }

    public record Closing(@NotBlank @Size(max = 2000) String reason) {
    }
}
