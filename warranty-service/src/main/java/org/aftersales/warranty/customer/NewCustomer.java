package org.aftersales.warranty.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.aftersales.platform.security.Organisations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/customers}. */
@Schema(name = "NewCustomer", description = "A customer organisation joining the customer archive (客户档案)")
public record NewCustomer(
        @Schema(description = "The organisation path: a customer under its dealer; no segment may be `sites`",
                examples = "dealer-a/customer-a")
        @NotBlank @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a/customer-a")
        String organisation,
        @Schema(description = "The customer's full name", examples = "北京某某医院") @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "The customer's short name", examples = "某某医院") @Size(max = 100) String shortName,
        @Schema(description = "The people to call; none when absent") @Size(max = 50) List<@NotNull @Valid Contact> contacts,
        @Schema(description = "重点客户: return visits at least yearly") @NotNull Boolean keyCustomer,
        @Schema(description = "Notes about the customer") @Size(max = 2000) String notes) {
}
