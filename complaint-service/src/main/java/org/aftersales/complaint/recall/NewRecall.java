package org.aftersales.complaint.recall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recall to start: the batches and models with the defect, why, what is done about it and by when.
 *
 * @param complaintId the serious quality complaint it starts from, when it does
 */
public record NewRecall(
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> lotNumbers,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> models,
        @NotBlank @Size(max = 2000) String reason,
        @NotBlank @Size(max = 2000) String remedy,
        @NotNull Instant deadline,
        UUID complaintId) {
}
