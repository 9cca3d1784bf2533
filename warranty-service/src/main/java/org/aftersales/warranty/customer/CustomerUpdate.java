package org.aftersales.warranty.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/customers/{organisation}}: the record's changeable fields as they shall
 * be, and the version they were read at. The organisation itself does not change here.
 */
@Schema(name = "CustomerUpdate", description = "A customer record's new name, contacts and key-customer flag, "
        + "with the version it was read at")
public record CustomerUpdate(
        @Schema(description = "The customer's full name", examples = "北京某某医院") @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "The customer's short name", examples = "某某医院") @Size(max = 100) String shortName,
        @Schema(description = "Replaces the contacts; none when absent") @Size(max = 50) List<@NotNull @Valid Contact> contacts,
        @Schema(description = "重点客户: return visits at least yearly") @NotNull Boolean keyCustomer,
        @Schema(description = "Notes about the customer") @Size(max = 2000) String notes,
        @Schema(description = "The version last read; a stale version answers 409") @NotNull @PositiveOrZero Long version) {
}
