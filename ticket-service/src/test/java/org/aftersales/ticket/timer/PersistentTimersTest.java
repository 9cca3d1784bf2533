package org.aftersales.ticket.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.aftersales.platform.timer.TimerPoller;
import org.aftersales.platform.timer.Timers;
import org.aftersales.testing.ServiceTestResources;
import org.junit.jupiter.api.Test;

/** Persistent timers: stored with the transaction, fired once by whichever poller finds them due. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class PersistentTimersTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    Timers timers;

    @Inject
    TimerPoller poller;

    @Inject
    CountingTimerHandler handler;

    @Test
    void a_timer_left_in_the_database_by_an_earlier_process_fires_once_within_two_seconds_of_its_due_time() {
        String subject = subject();
        Instant due = Instant.now().plusMillis(1500);
        // As a replica that scheduled it and then died would leave it: a row, and nothing in memory.
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                        insert into timer (id, kind, subject, due_at, attempts, created_at)
                        values (?1, ?2, ?3, ?4, 0, now())""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, CountingTimerHandler.KIND)
                .setParameter(3, subject).setParameter(4, Timestamp.from(due)).executeUpdate());

        // The handler runs inside the firing transaction: the timer is gone once that commits.
        await().atMost(PATIENCE).until(() -> handler.count(subject) == 1 && pending(subject) == 0);

        assertThat(Duration.between(due, handler.firedAt(subject))).isBetween(Duration.ZERO, Duration.ofSeconds(2));
        assertThat(poller.fireDue()).isGreaterThanOrEqualTo(0);
        assertThat(handler.count(subject)).isEqualTo(1);
    }

    @Test
    void pollers_racing_on_the_same_due_timers_fire_each_exactly_once() throws Exception {
        List<String> subjects = IntStream.range(0, 600).mapToObj(i -> subject()).toList();
        Instant due = Instant.now().minusSeconds(1);
        QuarkusTransaction.requiringNew().run(() -> subjects.forEach(s -> timers.schedule(CountingTimerHandler.KIND, s, due)));

        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> polls = List.of(poller::fireDue, poller::fireDue, poller::fireDue);
            for (Future<Integer> poll : replicas.invokeAll(polls)) {
                poll.get();
            }
        } finally {
            replicas.shutdown();
        }

        // The commit that scheduled them also woke this replica's own pass: a fourth poller, which may still be
        // firing the timers it locked when the three return. Every timer is gone once all firings committed.
        await().atMost(PATIENCE).until(() -> pending(subjects) == 0);
        assertThat(subjects).allSatisfy(subject -> assertThat(handler.count(subject)).as(subject).isEqualTo(1));
    }

    @Test
    void scheduling_again_moves_the_timer_and_cancelling_removes_it() {
        String moved = subject();
        String cancelled = subject();
        QuarkusTransaction.requiringNew().run(() -> {
            timers.schedule(CountingTimerHandler.KIND, moved, Instant.now().minusSeconds(5));
            timers.schedule(CountingTimerHandler.KIND, moved, Instant.now().plus(Duration.ofHours(1)));
            timers.schedule(CountingTimerHandler.KIND, cancelled, Instant.now().minusSeconds(5));
            timers.cancel(CountingTimerHandler.KIND, cancelled);
        });

        poller.fireDue();

        assertThat(handler.count(moved)).isZero();
        assertThat(pending(moved)).isEqualTo(1);
        assertThat(handler.count(cancelled)).isZero();
        assertThat(pending(cancelled)).isZero();
    }

    @Test
    void a_timer_that_fails_is_put_off_with_its_attempts_counted_and_the_others_still_fire() {
        String failing = subject();
        String healthy = subject();
        handler.failFor(failing);
        Instant due = Instant.now().minusSeconds(1);
        QuarkusTransaction.requiringNew().run(() -> {
            timers.schedule(CountingTimerHandler.KIND, failing, due);
            timers.schedule(CountingTimerHandler.KIND, healthy, due);
        });

        await().atMost(PATIENCE).until(() -> handler.count(healthy) == 1);
        await().atMost(PATIENCE).until(() -> attempts(failing) >= 1);

        assertThat(handler.count(failing)).isZero();
        assertThat(dueAt(failing)).isAfter(due);
        handler.recover(failing);
    }

    private static String subject() {
        return "timer-test-" + UUID.randomUUID();
    }

    private static long pending(String subject) {
        return pending(List.of(subject));
    }

    private static long pending(List<String> subjects) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from timer where subject in (?1)")
                .setParameter(1, subjects).getSingleResult()).longValue());
    }

    private static int attempts(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("select coalesce(max(attempts), 0) from timer where subject = ?1")
                .setParameter(1, subject).getResultList().stream().mapToInt(n -> ((Number) n).intValue()).sum());
    }

    private static Instant dueAt(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object value = Panache.getEntityManager().createNativeQuery("select due_at from timer where subject = ?1")
                    .setParameter(1, subject).getSingleResult();
            return value instanceof Timestamp timestamp ? timestamp.toInstant()
                    : value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) value;
        });
    }
}
