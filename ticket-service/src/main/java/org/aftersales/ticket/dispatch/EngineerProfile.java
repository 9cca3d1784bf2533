package org.aftersales.ticket.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/engineers/{username}}: everything about an engineer but the username. */
@Schema(name = "EngineerProfile")
public record EngineerProfile(
        @Schema(description = "The engineer's name", examples = "张工") @NotBlank @Size(max = 100) String name,
        @Schema(description = "The engineer's phone number", examples = "+86 139 0000 0000")
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,30}", message = "must be a phone number") String phone,
        @Schema(description = "工程师 or 高级工程师") @NotNull EngineerLevel level,
        @Schema(description = "Device models and fault types handled", examples = "[\"BeneView T5\", \"HARDWARE\"]")
        @NotNull @Size(max = 50) Set<@NotBlank @Size(max = 100) String> skills,
        @Schema(description = "The region served, wide to narrow", examples = "cn/beijing/haidian")
        @NotBlank @Size(max = 255) @Pattern(regexp = Regions.PATTERN,
                message = "must be a region path of lower-case segments such as cn/beijing/haidian") String region,
        @Schema(description = "值班表: weekly duty hours and dated exceptions") @NotNull @Valid DutyCalendar duty) {
}
