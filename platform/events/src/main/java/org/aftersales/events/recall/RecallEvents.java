package org.aftersales.events.recall;

import org.aftersales.events.EventType;

/** The events of the recall aggregate (召回), published by complaint-service on topic {@code aftersales.recall}. */
public final class RecallEvents {

    public static final String AGGREGATE = "recall";

    public static final EventType<RecallStarted> STARTED =
            new EventType<>("aftersales.recall.started.v1", AGGREGATE, RecallStarted.class);

    /** One per affected customer organisation, exactly once. */
    public static final EventType<RecallCustomerNotice> CUSTOMER_NOTICE =
            new EventType<>("aftersales.recall.customer-notice.v1", AGGREGATE, RecallCustomerNotice.class);

    public static final EventType<RecallProgress> PROGRESS =
            new EventType<>("aftersales.recall.progress.v1", AGGREGATE, RecallProgress.class);

    public static final EventType<RecallClosed> CLOSED =
            new EventType<>("aftersales.recall.closed.v1", AGGREGATE, RecallClosed.class);

    private RecallEvents() {
    }
}
