package org.aftersales.notification.hotline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hotline change notice and whom it reached. */
public record HotlineNoticeView(
        @Schema(description = "The notice", required = true) UUID id,
        @Schema(description = "HOTLINE or DUTY_NUMBER") String kind,
        @Schema(description = "The new number") String number,
        @Schema(description = "The number it replaces", nullable = true) String previousNumber,
        @Schema(description = "When the new number takes effect", required = true) Instant effectiveAt,
        @Schema(description = "The customer organisations told") List<String> organisations,
        @Schema(description = "The manager who announced it") String announcedBy,
        @Schema(description = "When it was announced", required = true) Instant announcedAt,
        @Schema(description = "Every message of the notice: who, by which channel, and where it stands")
        List<Reach> reached) {

    /** One message of the notice. */
    public record Reach(
            @Schema(description = "Whom: organisation:<path> or contact:<phone>") String recipient,
            @Schema(description = "IN_APP or SMS") String channel,
            @Schema(description = "PENDING, SENT, FAILED or SUPPRESSED") String state) {
    }

    static HotlineNoticeView of(HotlineNotice notice, List<Reach> reached) {
        return new HotlineNoticeView(notice.id, notice.kind, notice.number, notice.previousNumber, notice.effectiveAt,
                notice.organisations.isEmpty() ? List.of() : List.of(notice.organisations.split(",")),
                notice.announcedBy, notice.announcedAt, reached);
    }
}
