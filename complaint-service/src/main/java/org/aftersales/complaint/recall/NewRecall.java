package org.aftersales.complaint.recall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recall to start: the batches and models with the defect, why, what is done about it and by when.
 *
 * @param complaintId the serious quality complaint it starts from, when it does
 */
public record NewRecall(
        @Schema(description = "The production lots (生产批号) with the defect")
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> lotNumbers,
        @Schema(description = "The models with the defect") @NotEmpty @Size(max = 100)
        List<@NotBlank @Size(max = 200) String> models,
        @Schema(description = "Why the devices are recalled (召回)") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "What is done about each affected device") @NotBlank @Size(max = 2000) String remedy,
        @Schema(description = "By when every affected device is to be done (ISO-8601, UTC)") @NotNull Instant deadline,
        @Schema(description = "The serious quality complaint it starts from, when it does", nullable = true)
        UUID complaintId) {
}
