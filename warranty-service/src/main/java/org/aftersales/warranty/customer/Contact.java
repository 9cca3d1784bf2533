package org.aftersales.warranty.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person to call at a customer or a site: what the 电话支持记录单 records of a caller. */
@Schema(name = "CustomerContact", description = "A person to call: name, department, phone")
public record Contact(
        @Schema(description = "The person's name", examples = "王工") @NotBlank @Size(max = 100) String name,
        @Schema(description = "科室/部门", examples = "设备科") @Size(max = 100) String department,
        @Schema(description = "The person's phone number, with an extension (转) when needed",
                examples = "+86 138 0000 0000")
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 ()-]{2,30}(\\s*(ext\\.?|转)\\s*[0-9]{1,6})?",
                message = "must be a phone number such as +86 138 0000 0000 or 010-6512 3456 转 801")
        String phone,
        @Schema(description = "The person's email address", examples = "wang@hospital.example.cn") @Email @Size(max = 254) String email,
        @Schema(description = "What the person does for the service: 设备科联系人, 科室主任, 签收人…", examples = "设备科联系人")
        @Size(max = 100) String role) {

    /** The contact as stored: text stripped, blank optional fields absent. */
    Contact normalised() {
        return new Contact(name.strip(), stripped(department), phone.strip(), stripped(email), stripped(role));
    }

    static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
