package org.aftersales.events.parts;

import org.aftersales.events.EventType;

/**
 * The events of an old part (旧件) — the faulty part taken out on a repair — published by parts-service on topic
 * {@code aftersales.old-part}; the subject is the old part's id.
 */
public final class OldPartEvents {

    public static final String AGGREGATE = "old-part";

    /** The old part came back to a warehouse. */
    public static final EventType<OldPartReceived> RECEIVED =
            new EventType<>("aftersales.old-part.received.v1", AGGREGATE, OldPartReceived.class);

    /** The quality department tested it: quality problem or not, and why (the verdict for 旧件鉴定). */
    public static final EventType<OldPartTested> TESTED =
            new EventType<>("aftersales.old-part.tested.v1", AGGREGATE, OldPartTested.class);

    private OldPartEvents() {
    }
}
