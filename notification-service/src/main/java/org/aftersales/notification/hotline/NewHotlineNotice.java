package org.aftersales.notification.hotline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new hotline or duty number, as a manager announces it. */
public record NewHotlineNotice(
        @Schema(description = "HOTLINE (服务热线) or DUTY_NUMBER (值班电话)", required = true)
        @NotNull @Pattern(regexp = "HOTLINE|DUTY_NUMBER", message = "must be HOTLINE or DUTY_NUMBER") String kind,
        @Schema(description = "The new number as customers dial it", examples = "400-820-8888", required = true)
        @NotNull @Pattern(regexp = HotlineNoticeResource.NUMBER, message = "must be a phone number") String number,
        @Schema(description = "The number it replaces", nullable = true)
        @Pattern(regexp = HotlineNoticeResource.NUMBER, message = "must be a phone number") String previousNumber,
        @Schema(description = "When the new number takes effect: at least 3 days ahead", required = true)
        @NotNull Instant effectiveAt,
        @Schema(description = "The customer organisations concerned (a partner's: its customers); empty for all")
        @Size(max = 500) List<String> organisations) {
}
