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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint as registered: the fields of 《客户投诉登记反馈表》.
 *
 * @param customerOrganisation the customer organisation complained for; customers and partners may leave it out for
 *     their own; vendor staff leave it out for a walk-in complainant
 * @param severity GENERAL when absent; a REGULATOR channel or {@code regulatorInvolved} makes it SERIOUS
 */
public record NewComplaint(
        @Schema(description = "The customer organisation complained for, as its path; customers and partners may"
                + " leave it out for their own, vendor staff for a walk-in complainant", examples = "dealer-a/customer-a")
        @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path such as dealer-a/customer-a")
        String customerOrganisation,
        @Schema(description = "投诉人: name and every contact method given (at least one)")
        @NotNull @Valid NewComplainant complainant,
        @Schema(description = "被投诉产品: the product complained about", nullable = true) @Valid Product product,
        @Schema(description = "投诉原因: what the complaint is about, in the complainant's words")
        @NotBlank @Size(max = 4000) String reason,
        @Schema(description = "投诉原因详情: how it was bought, stored and used", nullable = true)
        @Valid Circumstances circumstances,
        @Schema(description = "How the complaint came in; REGULATOR makes it SERIOUS") @NotNull ComplaintChannel channel,
        @Schema(description = "What the complaint is about, e.g. PRODUCT_QUALITY (产品质量)")
        @NotNull ComplaintCategory category,
        @Schema(description = "GENERAL (一般) when absent; a REGULATOR channel or regulatorInvolved makes it SERIOUS"
                + " (严重)", nullable = true) Severity severity,
        @Schema(description = "Whether a regulator (国家有关部门) is involved; false when absent")
        Boolean regulatorInvolved) {

    /** 投诉人: name and every contact method given (at least one). */
    public record NewComplainant(
            @Schema(description = "The complainant's name") @NotBlank @Size(max = 200) String name,
            @Schema(description = "The complainant's phone number", examples = "+86 138 0000 0000")
            @Size(max = 50) @Pattern(regexp = "[0-9+() -]{3,50}", message = "must be a phone number") String phone,
            @Schema(description = "The complainant's email address") @Size(max = 200) @Email String email,
            @Schema(description = "Any other contact method (WeChat, address…)") @Size(max = 500) String otherContact,
            @Schema(description = "The complainant's occupation (职业)") @Size(max = 200) String occupation,
            @Schema(description = "The complainant's organisation (单位)") @Size(max = 300) String organisation) {
    }

    /** 被投诉产品: name, model, packaging, quantity, batch, place of purchase, linked devices and tickets. */
    public record Product(
            @Schema(description = "The product's name") @Size(max = 200) String name,
            @Schema(description = "The product's model") @Size(max = 200) String model,
            @Schema(description = "包装形式: how it is packaged") @Size(max = 200) String packaging,
            @Schema(description = "投诉量: how many units are complained about") @Positive @Max(1_000_000)
            Integer quantity,
            @Schema(description = "生产批号: the production lot") @Size(max = 100) String lotNumber,
            @Schema(description = "Where it was bought") @Size(max = 300) String placeOfPurchase,
            @Schema(description = "The devices of the installed base it concerns") @Size(max = 100)
            List<@NotNull UUID> deviceIds,
            @Schema(description = "The tickets it concerns") @Size(max = 100) List<@NotNull UUID> ticketIds) {
    }

    /** 投诉原因详情: how it was bought, stored and used. */
    public record Circumstances(
            @Schema(description = "How it was bought") @Size(max = 2000) String purchase,
            @Schema(description = "How it was stored") @Size(max = 2000) String storage,
            @Schema(description = "How it was used") @Size(max = 2000) String use) {
    }
}
