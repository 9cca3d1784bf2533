package org.aftersales.notification.preference;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recipient's preference as the API shows it. */
public record PreferenceView(
        @Schema(description = "Whose: user:<username> or organisation:<path>") String recipient,
        @Schema(description = "Channels not wanted") List<String> disabledChannels,
        @Schema(description = "Quiet hours, null for none", nullable = true) PreferenceUpdate.Hours quietHours,
        @Schema(description = "Time zone of the quiet hours") String zone,
        @Schema(description = "When it was last set; null while never set", nullable = true) Instant updatedAt) {

    static PreferenceView of(String recipient, NotificationPreference stored) {
        if (stored == null) {
            return new PreferenceView(recipient, List.of(), null, PreferenceResource.DEFAULT_ZONE.getId(), null);
        }
        List<String> disabled = stored.disabledChannels.isBlank() ? List.of()
                : List.of(stored.disabledChannels.split(","));
        PreferenceUpdate.Hours quiet = stored.quietFrom == null ? null
                : new PreferenceUpdate.Hours(stored.quietFrom.toString(), stored.quietTo.toString());
        return new PreferenceView(recipient, disabled, quiet, stored.zone, stored.updatedAt);
    }
}
