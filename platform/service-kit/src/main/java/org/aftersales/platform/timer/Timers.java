package org.aftersales.platform.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Persistent timers (持久化定时器): a deadline stored in the service's own database, in the caller's
 * transaction, and fired by {@link TimerPoller} by whichever replica finds it due first, exactly once.
 * There is at most one pending timer per kind and subject: scheduling again moves it.
 */
@ApplicationScoped
public class Timers {

    private final EntityManager entityManager;

    Timers(EntityManager entityManager) {
        this.entityManager = entityManager;
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
                .setParameter(5, Timestamp.from(Instant.now()))
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

    /**
     * Locks the pending timer of {@code kind} for {@code subject}, if there is one, until the transaction ends; waits
     * while a poller is firing it. A change that locks its timers before the rows their handler locks cannot deadlock
     * with that handler, and sees what the handler wrote.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String kind, String subject) {
        entityManager.createNativeQuery("select id from timer where kind = ?1 and subject = ?2 for update")
                .setParameter(1, kind)
                .setParameter(2, subject)
                .getResultList();
    }
}
