package org.aftersales.notification.inbox;

import java.util.List;

/** One page of notifications, newest first. */
public record NotificationPage(List<NotificationView> items, int page, int size, long total) {
}
