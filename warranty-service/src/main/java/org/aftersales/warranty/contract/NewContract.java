package org.aftersales.warranty.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.security.Organisations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/contracts}. */
@Schema(name = "NewContract")
public record NewContract(
        @Schema(description = "The contract's number as the parties write it", examples = "HT-2026-0042") @NotBlank
        @Size(max = 64) String number,
        @Schema(description = "The customer organisation it is with, as its path", examples = "dealer-a/customer-a")
        @NotBlank @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a/customer-a")
        String customerOrganisation,
        @Schema(description = "The service commitment (服务承诺) whose terms it applies",
                examples = "seed-002-hospital-it") @NotBlank String commitmentId,
        @Schema(description = "A published version of the commitment") @NotNull @Positive Integer commitmentVersion,
        @Schema(description = "The devices it covers, all of the customer organisation") @NotEmpty @Size(max = 10_000)
        List<@NotNull UUID> deviceIds,
        @Schema(description = "Its first day", examples = "2026-01-01") @NotNull LocalDate startsOn,
        @Schema(description = "Its last day; absent when open-ended", examples = "2028-12-31", nullable = true)
        LocalDate endsOn) {

    @AssertTrue(message = "endsOn must not be before startsOn")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isEndingAfterStart() {
        return endsOn == null || startsOn == null || !endsOn.isBefore(startsOn);
    }
}
