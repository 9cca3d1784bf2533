package org.aftersales.events.notification;

import org.aftersales.events.EventType;

/** The events of hotline change notices (服务热线变更通知), published by notification-service. */
public final class HotlineEvents {

    public static final String AGGREGATE = "hotline";

    /** A manager announced a new hotline or duty number, at least 3 days before it takes effect (seed 000). */
    public static final EventType<HotlineAnnounced> ANNOUNCED =
            new EventType<>("aftersales.hotline.announced.v1", AGGREGATE, HotlineAnnounced.class);

    private HotlineEvents() {
    }
}
