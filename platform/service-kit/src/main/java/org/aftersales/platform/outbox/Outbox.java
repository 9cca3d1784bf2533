package org.aftersales.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.EventType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records a domain event in the same database transaction as the state change it reports. If the
 * transaction rolls back, the event is gone with it; if it commits, the {@link OutboxRelay} publishes
 * the event to Kafka, at least once, in order per aggregate.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final String source;

    Outbox(EntityManager entityManager, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.entityManager = entityManager;
        this.source = "/" + service;
    }

    /**
     * Adds an event about an aggregate to the current transaction.
     *
     * @param aggregateId the aggregate's id: the CloudEvent subject and the Kafka key
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent<T> append(EventType<T> type, String aggregateId, Instant occurredAt, T payload) {
        CloudEvent<T> event = CloudEvent.of(type, source, aggregateId, occurredAt, payload);
        entityManager.persist(new OutboxEvent(event.id(), type.aggregateType(), aggregateId, type.type(),
                EventCodec.encode(event), occurredAt));
        return event;
    }
}
