package org.aftersales.complaint.handling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.security.Organisations;

/**
 * A complaint as registered: the fields of 《客户投诉登记反馈表》.
 *
 * @param customerOrganisation the customer organisation complained for; customers and partners may leave it out for
 *     their own; vendor staff leave it out for a walk-in complainant
 * @param severity GENERAL when absent; a REGULATOR channel or {@code regulatorInvolved} makes it SERIOUS
 */
public record NewComplaint(
        @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a/customer-a")
        String customerOrganisation,
        @NotNull @Valid NewComplainant complainant,
        @Valid Product product,
        @NotBlank @Size(max = 4000) String reason,
        @Valid Circumstances circumstances,
        @NotNull ComplaintChannel channel,
        @NotNull ComplaintCategory category,
        Severity severity,
        Boolean regulatorInvolved) {

    /** 投诉人: name and every contact method given (at least one). */
    public record NewComplainant(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 50) @Pattern(regexp = "[0-9+() -]{3,50}", message = "must be a phone number") String phone,
            @Size(max = 200) @Email String email,
            @Size(max = 500) String otherContact,
            @Size(max = 200) String occupation,
            @Size(max = 300) String organisation) {
    }

    /** 被投诉产品: name, model, packaging, quantity, batch, place of purchase, linked devices and tickets. */
    public record Product(
            @Size(max = 200) String name,
            @Size(max = 200) String model,
            @Size(max = 200) String packaging,
            @Positive @Max(1_000_000) Integer quantity,
            @Size(max = 100) String lotNumber,
            @Size(max = 300) String placeOfPurchase,
            @Size(max = 100) List<@NotNull UUID> deviceIds,
            @Size(max = 100) List<@NotNull UUID> ticketIds) {
    }

    /** 投诉原因详情: how it was bought, stored and used. */
    public record Circumstances(@Size(max = 2000) String purchase, @Size(max = 2000) String storage,
            @Size(max = 2000) String use) {
    }
}
