package org.aftersales.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A domain event waiting in the transactional outbox, in Debezium's outbox layout ({@code id},
 * {@code aggregatetype}, {@code aggregateid}, {@code type}, {@code payload}) so that CDC can replace
 * the in-process relay without code changes. The payload is the whole CloudEvent document.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    UUID id;

    @Column(name = "aggregatetype", nullable = false, updatable = false)
    String aggregateType;

    @Column(name = "aggregateid", nullable = false, updatable = false)
    String aggregateId;

    @Column(nullable = false, updatable = false)
    String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    String payload;

    @Column(name = "timestamp", nullable = false, updatable = false)
    Instant occurredAt;

    /** The W3C trace context the event was recorded in, sent as the record's {@code traceparent} header; or null. */
    @Column(updatable = false)
    String traceparent;

    /** Insertion order, assigned by the database; the relay publishes in this order. */
    @Column(insertable = false, updatable = false)
    Long sequence;

    @Column(name = "published_at")
    Instant publishedAt;

    /** Passes that sent it without an acknowledgement while the broker acknowledged others. */
    @Column(nullable = false)
    int attempts;

    /** When the relay set it aside because the broker refuses it; null while it is to be published. */
    @Column(name = "parked_at")
    Instant parkedAt;

    @Column(name = "park_reason")
    String parkReason;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID id, String aggregateType, String aggregateId, String type, String payload, Instant occurredAt,
            String traceparent) {
        this.id = id;
        this.traceparent = traceparent;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.type = type;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }
}
