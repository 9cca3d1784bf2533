package org.aftersales.complaint.recall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the recall API shows and takes besides a new recall. */
public final class RecallViews {

    private RecallViews() {
    }

    /** A recall with its progress. */
    public record RecallView(
            @Schema(description = "The recall (召回)", required = true) UUID id,
            @Schema(description = "The production lots (生产批号) with the defect") List<String> lotNumbers,
            @Schema(description = "The models with the defect") List<String> models,
            @Schema(description = "Why the devices are recalled") String reason,
            @Schema(description = "What is done about each affected device") String remedy,
            @Schema(description = "By when every affected device is to be done (ISO-8601, UTC)", required = true)
            Instant deadline,
            @Schema(description = "The serious quality complaint it started from; null when none", nullable = true)
            UUID complaintId,
            @Schema(description = "OPEN while devices are being fixed or collected; CLOSED by a manager")
            String status,
            @Schema(description = "How many devices of the installed base it affects") int affectedDevices,
            @Schema(description = "How many customer organisations own them") long affectedCustomers,
            @Schema(description = "Affected devices whose customer was sent the recall notice") long notified,
            @Schema(description = "Affected devices fixed or collected") long done,
            @Schema(description = "Affected devices whose customer refused the recall") long refused,
            @Schema(description = "The share of the affected devices fixed or collected, in percent with one decimal")
            BigDecimal percentDone,
            @Schema(description = "The manager who started it") String startedBy,
            @Schema(description = "When it started (ISO-8601, UTC)", required = true) Instant startedAt,
            @Schema(description = "The manager who closed it; null while open") String closedBy,
            @Schema(description = "When it was closed (ISO-8601, UTC); null while open", nullable = true)
            Instant closedAt,
            @Schema(description = "Why it was closed; null while open") String closeReason,
            @Schema(description = "The recall's version, also its ETag") long version) {
    }

    public record DeviceView(
            @Schema(description = "The device in the installed base", required = true) UUID deviceId,
            @Schema(description = "The device's serial number") String serialNumber,
            @Schema(description = "The device's model") String model,
            @Schema(description = "The device's production lot (生产批号)") String lotNumber,
            @Schema(description = "The customer organisation that owns it") String customerOrganisation,
            @Schema(description = "NOTIFIED, FIXED, COLLECTED or REFUSED", required = true) RecallDeviceState state,
            @Schema(description = "What was said about it; null when nothing") String note,
            @Schema(description = "Who last changed its state") String changedBy,
            @Schema(description = "When its state last changed (ISO-8601, UTC)", required = true) Instant changedAt) {

        static DeviceView of(RecallDevice d) {
            return new DeviceView(d.key.deviceId(), d.serialNumber, d.model, d.lotNumber, d.customerOrganisation,
                    d.state, d.note, d.changedBy, d.changedAt);
        }
    }

    public record DevicePage(
            @Schema(description = "The affected devices of this page") List<DeviceView> items,
            @Schema(description = "The page's number, from 0") int page,
            @Schema(description = "The most devices a page holds") int size,
            @Schema(description = "How many devices match, on all pages") long total) {
    }

    /** What became of one device: FIXED, COLLECTED or REFUSED. */
    public record DeviceUpdate(
            @Schema(description = "FIXED, COLLECTED or REFUSED") @NotNull RecallDeviceState state,
            @Schema(description = "What to say about it, e.g. why the customer refused") @Size(max = 2000) String note) {
    }

    public record Closing(@Schema(description = "Why the recall is closed") @NotBlank @Size(max = 2000) String reason) {
    }
}
