package org.aftersales.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.EventType;
import org.aftersales.platform.transaction.AfterCommit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records a domain event in the same database transaction as the state change it reports. If the
 * transaction rolls back, the event is gone with it; if it commits, the {@link OutboxRelay} publishes
 * the event to Kafka, at least once, in order per aggregate — woken by the commit, so the event does not wait for
 * the relay's next poll.
 *
 * <p>The event carries the trace context it was recorded in (the CloudEvents {@code traceparent} extension), so
 * the consumers' spans belong to the same trace as the request that caused it.
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction whose commit already wakes the relay: one wake per transaction, however many events. */
    private static final Object WAKES_RELAY = new Object();

    private final EntityManager entityManager;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;
    private final String source;

    Outbox(EntityManager entityManager, AfterCommit afterCommit, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.entityManager = entityManager;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.source = "/" + service;
    }

    /**
     * Adds an event about an aggregate to the current transaction.
     *
     * @param aggregateId the aggregate's id: the CloudEvent subject and the Kafka key
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent<T> append(EventType<T> type, String aggregateId, Instant occurredAt, T payload) {
        CloudEvent<T> event = CloudEvent.of(type, source, aggregateId, occurredAt, payload)
                .withTraceparent(currentTraceparent());
        entityManager.persist(new OutboxEvent(event.id(), type.aggregateType(), aggregateId, type.type(),
                EventCodec.encode(event), occurredAt, event.traceparent()));
        afterCommit.once(WAKES_RELAY, relay::wake);
        return event;
    }

    /** The current span's context as a W3C {@code traceparent}, or null outside a trace. */
    static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
