package org.aftersales.ticket.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.platform.security.Organisations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tickets}: a fault report. Server-owned fields (id, status, tenant, times) are refused. */
@Schema(name = "NewTicket", description = "A fault report (报修)")
public record NewTicket(
        @Schema(description = "Serial number of the faulty device", examples = "SN-2024-000187")
        @NotBlank @Size(max = 64) String deviceSerial,
        @Schema(description = "The customer organisation the device belongs to, as its path", examples = "dealer-a/customer-a")
        @NotBlank @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a/customer-a")
        String customerOrganisation,
        @Schema(description = "The symptom in the caller's words", examples = "监护仪黑屏，无法开机")
        @NotBlank @Size(max = 4000) String description,
        @Schema(description = "故障等级: CRITICAL 一级, MAJOR 二级, MINOR 三级")
        @NotNull FaultLevel faultLevel,
        @NotNull @Valid ContactDetails contact) {

    /** Who to call back. */
    @Schema(name = "ContactDetails")
    public record ContactDetails(
            @Schema(examples = "王工") @NotBlank @Size(max = 100) String name,
            @Schema(examples = "+86 138 0000 0000")
            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,30}", message = "must be a phone number") String phone) {
    }
}
