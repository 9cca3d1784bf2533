package org.aftersales.notification.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try to hand a {@link Message} to its provider, and what came of it. */
@Entity
@Table(name = "message_attempt")
public class MessageAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "message_id", nullable = false, updatable = false)
    public UUID messageId;

    /** 1 for the first try. */
    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttemptOutcome outcome;

    /** The provider's answer or the error, for the people who look into a failure. */
    public String detail;
}
