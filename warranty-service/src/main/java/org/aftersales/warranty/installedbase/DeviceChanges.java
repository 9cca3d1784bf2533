package org.aftersales.warranty.installedbase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.aftersales.platform.security.Organisations;
import org.aftersales.warranty.sanbao.ProductTerms;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the commands that change a device after registration. */
public final class DeviceChanges {

    private DeviceChanges() {
    }

    /** 验收: the customer signed the device off. */
    @Schema(name = "Acceptance")
    public record Acceptance(
            @Schema(description = "验收: the day the customer signed the device off", examples = "2024-07-10") @NotNull
            LocalDate acceptanceDate) {
    }

    /** The device moves to another customer organisation. */
    @Schema(name = "Transfer")
    public record Transfer(
            @Schema(description = "The customer organisation it moves to", examples = "dealer-a/customer-a2")
            @NotBlank @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a/customer-a")
            String customerOrganisation,
            @Schema(description = "Where it stands there") @Size(max = 200) String site) {
    }

    /** 换新: a new unit replaces the device. */
    @Schema(name = "Replacement")
    public record Replacement(
            @Schema(description = "The new unit's serial number", examples = "SN-2026-004411") @NotBlank @Size(max = 64)
            String serialNumber,
            @Schema(description = "The new unit's model; the old one's when absent") @Size(max = 100) String model,
            @Schema(description = "The day the new unit was handed over; its warranty runs from here") @NotNull
            LocalDate replacedOn,
            @Schema(description = "Why it was replaced", examples = "同一故障维修两次仍不能正常使用") @NotBlank @Size(max = 500) String reason) {
    }

    /** 一包: a main component replaced by a new part. */
    @Schema(name = "PartReplacement")
    public record PartReplaced(
            @Schema(description = "The component's key, as claims and the entitlement name it",
                    examples = "key-components")
            @NotBlank @Size(max = 100)
            @Pattern(regexp = ProductTerms.KEY_PATTERN, message = "must be a component key like key-components")
            String component,
            @Schema(description = "The day the new part went in; not in the future", examples = "2026-03-02") @NotNull
            LocalDate replacedOn,
            @Schema(description = "The ticket it was replaced in, when known", nullable = true) UUID ticketId) {
    }
}
