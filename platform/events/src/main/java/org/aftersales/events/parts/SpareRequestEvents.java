package org.aftersales.events.parts;

import org.aftersales.events.EventType;

/**
 * The events of a spare or backup unit requested on site for a ticket (备品备件到场, seed 000: within 4 hours),
 * published by parts-service on topic {@code aftersales.spare-request}. The subject, and so the Kafka key, is the
 * ticket's id (ADR 0041): the events of a ticket's requests reach each consumer in the order they were recorded.
 */
public final class SpareRequestEvents {

    public static final String AGGREGATE = "spare-request";

    /** A spare or backup unit was requested; its delivery deadline runs. */
    public static final EventType<SpareRequestChanged> CREATED =
            new EventType<>("aftersales.spare-request.created.v1", AGGREGATE, SpareRequestChanged.class);

    /** It left a warehouse for the site, with its ETA. */
    public static final EventType<SpareRequestChanged> DISPATCHED =
            new EventType<>("aftersales.spare-request.dispatched.v1", AGGREGATE, SpareRequestChanged.class);

    /** It arrived on site and was received; the deadline is met (or met late). */
    public static final EventType<SpareRequestChanged> DELIVERED =
            new EventType<>("aftersales.spare-request.delivered.v1", AGGREGATE, SpareRequestChanged.class);

    /** It is no longer wanted; the deadline is cancelled. */
    public static final EventType<SpareRequestChanged> CANCELLED =
            new EventType<>("aftersales.spare-request.cancelled.v1", AGGREGATE, SpareRequestChanged.class);

    /** Its delivery deadline passed its warning share (预警) undelivered. */
    public static final EventType<SpareRequestChanged> SLA_WARNING =
            new EventType<>("aftersales.spare-request.sla-warning.v1", AGGREGATE, SpareRequestChanged.class);

    /** Its delivery deadline fell due undelivered (超时); the breach is stored. */
    public static final EventType<SpareRequestChanged> SLA_BREACHED =
            new EventType<>("aftersales.spare-request.sla-breached.v1", AGGREGATE, SpareRequestChanged.class);

    private SpareRequestEvents() {
    }
}
