package org.aftersales.ticket.inspection;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aftersales.platform.security.Organisations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/inspections}: a one-off inspection before a customer's major event. */
@Schema(name = "NewInspection", description = "重大活动保障: a one-off inspection before a customer's major event (seed 003)")
public record NewInspection(
        @Schema(description = "Serial number of the device to inspect", examples = "SN-2024-000187")
        @NotBlank @Size(max = 64) String deviceSerial,
        @Schema(description = "The customer organisation the device belongs to, as its path",
                examples = "dealer-a/customer-a")
        @NotBlank
        @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a/customer-a")
        String customerOrganisation,
        @Schema(description = "The day the inspection is due, before the event", examples = "2026-09-28")
        @NotNull @FutureOrPresent LocalDate dueOn,
        @Schema(description = "The customer's major event", examples = "国庆保障")
        @NotBlank @Size(max = 200) String occasion) {
}
