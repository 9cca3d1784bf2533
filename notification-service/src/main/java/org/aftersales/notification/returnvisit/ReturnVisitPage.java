package org.aftersales.notification.returnvisit;

import java.util.List;

/** One page of the return-visit work queue, soonest due first. */
public record ReturnVisitPage(List<ReturnVisitView> items, int page, int size, long total) {
}
