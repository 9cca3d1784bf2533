package org.aftersales.events.notification;

import org.aftersales.events.EventType;

/** The events of the return-visit aggregate (回访), published by notification-service. */
public final class ReturnVisitEvents {

    public static final String AGGREGATE = "return-visit";

    /** A visit's outcome was recorded (reached or not). */
    public static final EventType<ReturnVisitRecorded> RECORDED =
            new EventType<>("aftersales.return-visit.recorded.v1", AGGREGATE, ReturnVisitRecorded.class);

    /** A visit not yet made passed the warning share of its term. */
    public static final EventType<ReturnVisitDue> DUE_WARNING =
            new EventType<>("aftersales.return-visit.due-warning.v1", AGGREGATE, ReturnVisitDue.class);

    /** A visit was not made within its term. */
    public static final EventType<ReturnVisitDue> BREACHED =
            new EventType<>("aftersales.return-visit.breached.v1", AGGREGATE, ReturnVisitDue.class);

    private ReturnVisitEvents() {
    }
}
