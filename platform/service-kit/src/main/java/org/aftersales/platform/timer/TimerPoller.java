package org.aftersales.platform.timer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.platform.concurrency.SerialPasses;
import org.aftersales.platform.sql.NativeRows;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fires due {@link Timers}: every poll interval it reads the due timers, earliest first, in batches, and fires each in
 * a transaction of its own (a batch from a random place in it, so that replicas reading the same batch share it) that takes the locks in the one order of every writer: first what the handler changes
 * ({@link TimerHandler#lock}: the aggregate's row, as a request changing it does), then the timer row
 * ({@code FOR UPDATE SKIP LOCKED}, still due), then calls the handler and deletes the timer. A request that locked
 * the aggregate and reschedules its timers is waited for, never deadlocked with. Several replicas poll at once
 * without firing a timer twice: the second one waits on the aggregate, then finds the timer gone or moved. A crash
 * before commit leaves the timer for the next poll (timers survive restarts: they live in the database). Each poll
 * reads the due-date index only up to now, so its cost is what is due, not what is pending. A handler that fails is
 * retried alone, later each time, without holding up the rest of its batch. "Now" is the injected {@link Clock}'s.
 *
 * <p>The timers of a batch fire side by side on {@code aftersales.timer.fire-threads} threads (default 4), each in
 * its own transaction as above: a handler's transaction mostly waits for the database, so one thread would fire a
 * burst no faster than its round trips in series allow (ADR 0039). Timers of one aggregate still fire one after
 * another: the handler's lock makes the second wait for the first's commit. The next batch is read once the whole
 * batch is done. Within a batch no order is promised (it never was: replicas and the random start share it).
 *
 * <p>A pass starts at every poll and when a transaction that scheduled a timer already due commits ({@link #wake}),
 * so such a timer fires within milliseconds instead of at the next poll, which then only catches up (timers that fell
 * due since, those other replicas scheduled, failures put off). Passes run one at a time on the poller's own thread;
 * wakes during a pass fold into one more pass after it.
 */
@ApplicationScoped
public class TimerPoller {

    private static final Logger LOG = Logger.getLogger(TimerPoller.class);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final String OFF = "off";

    private final EntityManager entityManager;
    private final Map<String, TimerHandler> handlers;
    private final int batchSize;
    private final Clock clock;
    private final Counter fired;
    private final Counter failed;
    private final DistributionSummary lateness;
    private final boolean wakeOnCommit;
    private final ExecutorService firing;
    private final SerialPasses passes = new SerialPasses("timer-poller", this::pass);

    TimerPoller(EntityManager entityManager, Instance<TimerHandler> handlers, MeterRegistry metrics, Clock clock,
            @ConfigProperty(name = "aftersales.timer.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "aftersales.timer.poll-interval", defaultValue = "1s") String pollInterval,
            @ConfigProperty(name = "aftersales.timer.wake-on-commit", defaultValue = "true") boolean wakeOnCommit,
            @ConfigProperty(name = "aftersales.timer.fire-threads", defaultValue = "4") int fireThreads) {
        if (fireThreads < 1) {
            throw new IllegalArgumentException("aftersales.timer.fire-threads must be at least 1, not " + fireThreads);
        }
        this.entityManager = entityManager;
        this.wakeOnCommit = wakeOnCommit && !OFF.equals(pollInterval);
        this.handlers = handlers.stream().collect(Collectors.toMap(TimerHandler::kind, Function.identity()));
        this.batchSize = batchSize;
        this.clock = clock;
        this.firing = Executors.newFixedThreadPool(fireThreads, Thread.ofPlatform().name("timer-fire-", 1).daemon()
                .factory());
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
        passes.request();
    }

    /**
     * Asks for a pass soon: {@link Timers} calls it when a transaction that scheduled a timer already due commits.
     * Off with {@code aftersales.timer.wake-on-commit=false} and with {@code aftersales.timer.poll-interval=off}.
     */
    void wake() {
        if (wakeOnCommit) {
            passes.request();
        }
    }

    private void pass() {
        try {
            fireDue();
        } catch (RuntimeException e) {
            LOG.warnf("timer pass failed; the due timers stay and are tried at the next poll: %s", e.getMessage());
        }
    }

    /**
     * Stops polling when the service begins to shut down, before the database connections close: a pass still
     * running may finish (at most 5 s), and none starts after it.
     */
    void close(@Observes ShutdownEvent shutdown) {
        passes.close(Duration.ofSeconds(5));
        firing.shutdown();
        try {
            firing.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            Instant now = clock.instant();
            List<DueTimer> due = QuarkusTransaction.requiringNew().call(() -> readDue(now, batchSize));
            int count = fireSideBySide(startingAnywhere(due), now);
            total += count;
            if (due.size() < batchSize || count == 0) {
                return total;
            }
        }
    }

    /**
     * The batch, all of it due, from a random place in it round to the one before: replicas that read the same batch
     * start apart and each fires its own part, instead of queueing one behind the other on the same aggregates' locks
     * and finding every timer gone (benchmarks/timers.sh -r 2).
     */
    private static List<DueTimer> startingAnywhere(List<DueTimer> due) {
        List<DueTimer> rotated = new ArrayList<>(due);
        Collections.rotate(rotated, ThreadLocalRandom.current().nextInt(Math.max(1, due.size())));
        return rotated;
    }

    /** Fires the batch on the firing threads and waits for all of it; how many fired. */
    private int fireSideBySide(List<DueTimer> batch, Instant now) {
        List<Future<Boolean>> firings = batch.stream()
                .map(candidate -> firing.submit(() -> fireOne(candidate, now)))
                .toList();
        int count = 0;
        for (Future<Boolean> one : firings) {
            if (outcome(one)) {
                count++;
            }
        }
        return count;
    }

    private static boolean outcome(Future<Boolean> firing) {
        try {
            return firing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timers fired", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a timer firing failed outside its transaction", e.getCause());
        }
    }

    /**
     * Fires one due timer in its own transaction: the handler's lock, then the timer's; false when another poller
     * fired or moved it meanwhile. One that fails is put off.
     */
    private boolean fireOne(DueTimer candidate, Instant now) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                TimerHandler handler = handler(candidate.kind());
                handler.lock(candidate.subject());
                if (!lockStillDue(candidate.id(), now)) {
                    return false;
                }
                delete(candidate.id());
                fire(handler, candidate, now);
                return true;
            });
        } catch (RuntimeException e) {
            failed.increment();
            putOff(candidate, now, e);
            return false;
        }
    }

    /** Deletes the timer before its handler runs, so a handler may schedule the same timer anew. */
    private void delete(UUID id) {
        entityManager.createNativeQuery("delete from timer where id = ?1").setParameter(1, id).executeUpdate();
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

    private TimerHandler handler(String kind) {
        TimerHandler handler = handlers.get(kind);
        if (handler == null) {
            throw new IllegalStateException("no handler for timers of kind " + kind);
        }
        return handler;
    }

    private void fire(TimerHandler handler, DueTimer timer, Instant now) {
        handler.fire(timer.subject(), timer.dueAt(), now);
        fired.increment();
        lateness.record(Math.max(0, Duration.between(timer.dueAt(), clock.instant()).toMillis()) / 1000.0);
    }

    /** The timers due at {@code now}, earliest first, read without locks. */
    @SuppressWarnings("unchecked")
    private List<DueTimer> readDue(Instant now, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, kind, subject, due_at, attempts from timer
                        where due_at <= ?1 order by due_at limit ?2""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new DueTimer((UUID) row[0], (String) row[1], (String) row[2],
                NativeRows.instant(row[3]), ((Number) row[4]).intValue())).toList();
    }

    /** Locks the timer if it is still there and due; skips it when another poller holds it. */
    private boolean lockStillDue(UUID id, Instant now) {
        return !entityManager.createNativeQuery("""
                        select id from timer where id = ?1 and due_at <= ?2 for update skip locked""")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(now))
                .getResultList().isEmpty();
    }

    private record DueTimer(UUID id, String kind, String subject, Instant dueAt, int attempts) {
    }
}
