package org.aftersales.platform.timer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.platform.sql.NativeRows;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fires due {@link Timers}: every poll interval it takes the due timers, earliest first, in batches locked
 * with {@code FOR UPDATE SKIP LOCKED}, calls each kind's {@link TimerHandler} and deletes them in the same
 * transaction. Several replicas poll at once without firing a timer twice: a locked timer is skipped by the
 * others, a fired one is gone. A crash before commit leaves the batch for the next poll (timers survive
 * restarts: they live in the database). Each poll reads the due-date index only up to now, so its cost is
 * what is due, not what is pending. A handler that fails is retried alone, later each time, without holding
 * up the rest of its batch.
 */
@ApplicationScoped
public class TimerPoller {

    private static final Logger LOG = Logger.getLogger(TimerPoller.class);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    private final EntityManager entityManager;
    private final Map<String, TimerHandler> handlers;
    private final int batchSize;
    private final Counter fired;
    private final Counter failed;
    private final DistributionSummary lateness;

    TimerPoller(EntityManager entityManager, Instance<TimerHandler> handlers, MeterRegistry metrics,
            @ConfigProperty(name = "aftersales.timer.batch-size", defaultValue = "200") int batchSize) {
        this.entityManager = entityManager;
        this.handlers = handlers.stream().collect(Collectors.toMap(TimerHandler::kind, Function.identity()));
        this.batchSize = batchSize;
        this.fired = Counter.builder("aftersales.timer.fired").description("Timers fired").register(metrics);
        this.failed = Counter.builder("aftersales.timer.failed")
                .description("Timer firings that failed and were put off for a retry").register(metrics);
        this.lateness = DistributionSummary.builder("aftersales.timer.lateness")
                .description("How long after its due time a timer fired").baseUnit("seconds")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    @Scheduled(identity = "timer-poller", every = "${aftersales.timer.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            fireDue();
        } catch (RuntimeException e) {
            LOG.warnf("timer poll failed; the due timers stay and are tried at the next poll: %s", e.getMessage());
        }
    }

    /**
     * Fires every timer due now, batch after batch until none is left.
     *
     * @return how many timers fired
     */
    public int fireDue() {
        int total = 0;
        while (true) {
            Instant now = Instant.now();
            int count;
            try {
                count = QuarkusTransaction.requiringNew().call(() -> fireBatch(now));
            } catch (RuntimeException e) {
                LOG.warnf("timer batch failed, firing its timers one by one: %s", e.getMessage());
                count = fireOneByOne(now);
            }
            total += count;
            if (count < batchSize) {
                return total;
            }
        }
    }

    private int fireBatch(Instant now) {
        List<DueTimer> due = lockDue(now, batchSize);
        delete(due);
        due.forEach(timer -> fire(timer, now));
        return due.size();
    }

    /** Deletes the timers before their handlers run, so a handler may schedule the same timer anew. */
    private void delete(List<DueTimer> due) {
        if (!due.isEmpty()) {
            entityManager.createNativeQuery("delete from timer where id = any(?1)")
                    .setParameter(1, due.stream().map(DueTimer::id).toArray(UUID[]::new))
                    .executeUpdate();
        }
    }

    /** After a failed batch: each due timer in its own transaction; one that fails is put off. */
    private int fireOneByOne(Instant now) {
        int count = 0;
        while (count < batchSize) {
            AtomicReference<DueTimer> attempted = new AtomicReference<>();
            try {
                boolean firedOne = QuarkusTransaction.requiringNew().call(() -> {
                    List<DueTimer> due = lockDue(now, 1);
                    if (due.isEmpty()) {
                        return false;
                    }
                    attempted.set(due.getFirst());
                    delete(due);
                    fire(due.getFirst(), now);
                    return true;
                });
                if (!firedOne) {
                    return count;
                }
                count++;
            } catch (RuntimeException e) {
                if (attempted.get() == null) {
                    throw e;
                }
                failed.increment();
                putOff(attempted.get(), now, e);
            }
        }
        return count;
    }

    /** Moves a failed timer later: 2, 4, 8… seconds after this poll, at most an hour. */
    private void putOff(DueTimer timer, Instant now, RuntimeException cause) {
        Duration wait = Duration.ofSeconds(1L << Math.min(timer.attempts() + 1, 12));
        Instant retryAt = now.plus(wait.compareTo(LONGEST_RETRY) < 0 ? wait : LONGEST_RETRY);
        LOG.errorf(cause, "timer %s of %s failed (attempt %d), retrying at %s",
                timer.kind(), timer.subject(), timer.attempts() + 1, retryAt);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update timer set attempts = attempts + 1, due_at = ?2 where id = ?1")
                .setParameter(1, timer.id())
                .setParameter(2, Timestamp.from(retryAt))
                .executeUpdate());
    }

    private void fire(DueTimer timer, Instant now) {
        TimerHandler handler = handlers.get(timer.kind());
        if (handler == null) {
            throw new IllegalStateException("no handler for timers of kind " + timer.kind());
        }
        handler.fire(timer.subject(), timer.dueAt(), now);
        fired.increment();
        lateness.record(Math.max(0, Duration.between(timer.dueAt(), Instant.now()).toMillis()) / 1000.0);
    }

    @SuppressWarnings("unchecked")
    private List<DueTimer> lockDue(Instant now, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, kind, subject, due_at, attempts from timer
                        where due_at <= ?1 order by due_at limit ?2 for update skip locked""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new DueTimer((UUID) row[0], (String) row[1], (String) row[2],
                NativeRows.instant(row[3]), ((Number) row[4]).intValue())).toList();
    }


    private record DueTimer(UUID id, String kind, String subject, Instant dueAt, int attempts) {
    }
}
