package org.aftersales.platform.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Persistent timers (持久化定时器): a deadline stored in the service's own database, in the caller's
 * transaction, and fired by {@link TimerPoller} by whichever replica finds it due first, exactly once.
 * There is at most one pending timer per kind and subject: scheduling again moves it. Lock order: a caller locks the
 * aggregate the timer is about first, then schedules or cancels (as {@link TimerPoller} does: {@link TimerHandler#lock},
 * then the timer row).
 */
@ApplicationScoped
public class Timers {

    private final EntityManager entityManager;
    private final Clock clock;

    Timers(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Sets (or moves) the timer of {@code kind} for {@code subject} to {@code dueAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(String kind, String subject, Instant dueAt) {
        entityManager.createNativeQuery("""
                        insert into timer (id, kind, subject, due_at, attempts, created_at)
                        values (?1, ?2, ?3, ?4, 0, ?5)
                        on conflict (kind, subject) do update set due_at = excluded.due_at, attempts = 0""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, kind)
                .setParameter(3, subject)
                .setParameter(4, Timestamp.from(dueAt))
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** Removes the pending timer of {@code kind} for {@code subject}, if there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(String kind, String subject) {
        entityManager.createNativeQuery("delete from timer where kind = ?1 and subject = ?2")
                .setParameter(1, kind)
                .setParameter(2, subject)
                .executeUpdate();
    }
}
