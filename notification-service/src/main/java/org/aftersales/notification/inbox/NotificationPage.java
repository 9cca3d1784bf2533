package org.aftersales.notification.inbox;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of notifications, newest first. */
public record NotificationPage(
        @Schema(description = "The notifications of this page, newest first") List<NotificationView> items,
        @Schema(description = "The page's number, from 0") int page,
        @Schema(description = "The most notifications a page holds") int size,
        @Schema(description = "How many notifications match, on all pages") long total) {
}
