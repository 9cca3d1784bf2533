package org.aftersales.platform.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.aftersales.platform.transaction.AfterCommit;

/**
 * Persistent timers (持久化定时器): a deadline stored in the service's own database, in the caller's
 * transaction, and fired by {@link TimerPoller} by whichever replica finds it due first, exactly once.
 * There is at most one pending timer per kind and subject: scheduling again moves it. Lock order: a caller locks the
 * aggregate the timer is about first, then schedules or cancels (as {@link TimerPoller} does: {@link TimerHandler#lock},
 * then the timer row). A transaction that schedules a timer already due wakes the poller when it commits, so the timer
 * fires at once rather than at the next poll.
 */
@ApplicationScoped
public class Timers {

    /** Marks a transaction whose commit already wakes the poller: one wake per transaction, however many timers. */
    private static final Object WAKES_POLLER = new Object();

    private final EntityManager entityManager;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final TimerPoller poller;

    Timers(EntityManager entityManager, Clock clock, AfterCommit afterCommit, TimerPoller poller) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.poller = poller;
    }

    /** Sets (or moves) the timer of {@code kind} for {@code subject} to {@code dueAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(String kind, String subject, Instant dueAt) {
        schedule(List.of(new Timer(kind, subject, dueAt)));
    }

    /**
     * Sets (or moves) each of the timers, in one statement: a new ticket's six are one round trip, not six.
     *
     * @throws IllegalArgumentException when two of them are of the same kind and subject (one timer each)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(List<Timer> timers) {
        if (timers.isEmpty()) {
            return;
        }
        if (timers.stream().map(timer -> List.of(timer.kind(), timer.subject())).distinct().count() < timers.size()) {
            throw new IllegalArgumentException("two timers of the same kind and subject: " + timers);
        }
        Instant now = clock.instant();
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < timers.size(); i++) {
            int first = 2 + 4 * i;
            rows.add("(?" + first + ", ?" + (first + 1) + ", ?" + (first + 2) + ", ?" + (first + 3) + ", 0, ?1)");
        }
        Query insert = entityManager.createNativeQuery(
                "insert into timer (id, kind, subject, due_at, attempts, created_at) values " + rows
                        + " on conflict (kind, subject) do update set due_at = excluded.due_at, attempts = 0");
        insert.setParameter(1, Timestamp.from(now));
        boolean due = false;
        for (int i = 0; i < timers.size(); i++) {
            Timer timer = timers.get(i);
            int first = 2 + 4 * i;
            insert.setParameter(first, UUID.randomUUID())
                    .setParameter(first + 1, timer.kind())
                    .setParameter(first + 2, timer.subject())
                    .setParameter(first + 3, Timestamp.from(timer.dueAt()));
            due |= !timer.dueAt().isAfter(now);
        }
        insert.executeUpdate();
        if (due) {
            afterCommit.once(WAKES_POLLER, poller::wake);
        }
    }

    /**
     * Keeps the timers of one subject where its state puts them: sets those {@code due} and removes its pending timers
     * of the other {@code kinds} (two statements at most, whatever the number of kinds).
     *
     * @throws IllegalArgumentException when a due timer is of another subject or of a kind not among {@code kinds}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(String subject, List<String> kinds, List<Timer> due) {
        if (due.stream().anyMatch(timer -> !timer.subject().equals(subject) || !kinds.contains(timer.kind()))) {
            throw new IllegalArgumentException("timers of other subjects or kinds than " + subject + " " + kinds
                    + ": " + due);
        }
        schedule(due);
        List<String> notDue = kinds.stream()
                .filter(kind -> due.stream().noneMatch(timer -> timer.kind().equals(kind)))
                .toList();
        if (!notDue.isEmpty()) {
            entityManager.createNativeQuery("delete from timer where subject = ?1 and kind in (?2)")
                    .setParameter(1, subject)
                    .setParameter(2, notDue)
                    .executeUpdate();
        }
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
