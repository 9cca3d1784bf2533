package org.aftersales.notification.preference;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a recipient wants, as they set it.
 *
 * @param disabledChannels the channels not wanted: {@code EMAIL}, {@code SMS} (the inbox always stays)
 * @param quietHours the hours without messages that can wait; null for none
 * @param zone the time zone of the quiet hours, {@code Asia/Shanghai} when not given
 */
public record PreferenceUpdate(
        @Schema(description = "Channels not wanted: EMAIL, SMS", examples = "[\"EMAIL\"]")
        @Size(max = 4) List<String> disabledChannels,
        @Schema(description = "Hours without messages that can wait (免打扰), e.g. 22:00 to 07:30; null for none",
                nullable = true) Hours quietHours,
        @Schema(description = "Time zone of the quiet hours", examples = "Asia/Shanghai", nullable = true)
        String zone) {

    /** A span of the day, {@code HH:mm}; it may pass midnight. */
    public record Hours(
            @Schema(description = "Start, HH:mm", examples = "22:00") String from,
            @Schema(description = "End (excluded), HH:mm", examples = "07:30") String to) {
    }
}
