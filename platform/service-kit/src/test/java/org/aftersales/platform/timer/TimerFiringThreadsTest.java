package org.aftersales.platform.timer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.aftersales.testing.ServiceTestResources;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The timers of a batch fire side by side on {@code aftersales.timer.fire-threads} threads, each exactly once, also
 * while other pollers (replicas) fire the same due timers. The scheduled poll runs once an hour and the timers are
 * written without {@link Timers}, so no commit wakes a pass: only the test's passes fire them.
 */
@QuarkusTest
@TestProfile(TimerWakeTest.HourlyPoll.class)
@WithTestResource(ServiceTestResources.class)
class TimerFiringThreadsTest {

    @Inject
    TimerPoller poller;

    @Inject
    SideBySideRecorder recorder;

    @Inject
    FiringRecorder counter;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "aftersales.timer.fire-threads", defaultValue = "4")
    int fireThreads;

    @Test
    void a_batch_fires_on_all_the_firing_threads_at_once() {
        assertThat(fireThreads).isGreaterThan(1);
        recorder.expect(fireThreads);
        List<String> subjects = IntStream.range(0, fireThreads).mapToObj(i -> subject()).toList();
        insertDue(SideBySideRecorder.KIND, subjects);

        int fired = poller.fireDue();

        assertThat(fired).isGreaterThanOrEqualTo(fireThreads);
        assertThat(recorder.mostInFlight()).isEqualTo(fireThreads);
        assertThat(subjects).allSatisfy(subject -> assertThat(recorder.count(subject)).as(subject).isEqualTo(1));
        assertThat(pending(subjects)).isZero();
    }

    @Test
    void pollers_racing_with_their_firing_threads_fire_each_timer_exactly_once_round_after_round() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 10; round++) {
                List<String> subjects = IntStream.range(0, 450).mapToObj(i -> subject()).toList();
                insertDue(FiringRecorder.KIND, subjects);
                List<Callable<Integer>> polls = List.of(poller::fireDue, poller::fireDue, poller::fireDue);
                for (Future<Integer> poll : replicas.invokeAll(polls)) {
                    poll.get();
                }

                assertThat(subjects).allSatisfy(subject -> assertThat(counter.count(subject)).as(subject)
                        .isEqualTo(1));
                assertThat(pending(subjects)).as("round %d", round).isZero();
            }
        } finally {
            replicas.shutdown();
        }
    }

    /** Due timers as a replica that scheduled them and died would leave them: rows, and no wake. */
    private void insertDue(String kind, List<String> subjects) {
        Timestamp due = Timestamp.from(Instant.now().minusSeconds(1));
        QuarkusTransaction.requiringNew().run(() -> subjects.forEach(subject -> entityManager.createNativeQuery("""
                        insert into timer (id, kind, subject, due_at, attempts, created_at)
                        values (?1, ?2, ?3, ?4, 0, now())""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind).setParameter(3, subject)
                .setParameter(4, due).executeUpdate()));
    }

    private long pending(List<String> subjects) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from timer where subject in (?1)")
                .setParameter(1, subjects).getSingleResult()).longValue());
    }

    private static String subject() {
        return "timer-threads-" + UUID.randomUUID();
    }
}
