package org.aftersales.platform.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.aftersales.testing.ServiceTestResources;
import org.junit.jupiter.api.Test;

/**
 * A commit wakes the timer poller: with the poll set to an hour (it runs once, at start), a timer scheduled already
 * due fires only because its transaction's commit started a pass; a rolled-back one wakes nothing.
 */
@QuarkusTest
@TestProfile(TimerWakeTest.HourlyPoll.class)
@WithTestResource(ServiceTestResources.class)
class TimerWakeTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Kinds no handler takes; their timers here are never due within the test. */
    static final String OTHER_KIND = "timer-wake-other";
    static final String THIRD_KIND = "timer-wake-third";

    @Inject
    Timers timers;

    @Inject
    FiringRecorder recorder;

    @Inject
    TimerPoller poller;

    @Inject
    EntityManager entityManager;

    @Test
    void a_timer_scheduled_due_in_a_committed_transaction_fires_without_waiting_for_the_poll() {
        String subject = subject();

        QuarkusTransaction.requiringNew().run(() -> timers.schedule(FiringRecorder.KIND, subject, Instant.now()));

        await().atMost(PATIENCE).until(() -> recorder.count(subject) == 1 && pending(subject) == 0);
    }

    @Test
    void a_rolled_back_transaction_wakes_nothing() {
        // Due, but written without Timers: only a pass fires it, and nothing here asks for one but the rollback.
        String bystander = subject();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into timer (id, kind, subject, due_at, attempts, created_at)
                        values (?1, ?2, ?3, ?4, 0, now())""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, FiringRecorder.KIND)
                .setParameter(3, bystander).setParameter(4, Timestamp.from(Instant.now())).executeUpdate());
        String rolledBack = subject();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            timers.schedule(FiringRecorder.KIND, rolledBack, Instant.now());
            throw new IllegalStateException("the change fails");
        })).hasMessageContaining("the change fails");

        await().during(Duration.ofSeconds(3)).atMost(PATIENCE)
                .until(() -> pending(bystander) == 1 && recorder.count(bystander) == 0);
        assertThat(pending(rolledBack)).isZero();
        assertThat(recorder.count(rolledBack)).isZero();

        // The next commit that schedules a due timer wakes the poller, whose pass fires both.
        String next = subject();
        QuarkusTransaction.requiringNew().run(() -> timers.schedule(FiringRecorder.KIND, next, Instant.now()));
        await().atMost(PATIENCE).until(() -> recorder.count(next) == 1 && recorder.count(bystander) == 1);
    }

    @Test
    void a_burst_of_due_timers_committed_from_many_threads_fires_each_exactly_once_while_a_poll_races_the_wakes() {
        List<String> subjects = IntStream.range(0, 400).mapToObj(i -> subject()).toList();

        // Another poller (a replica's poll) fires what it finds due while the commits wake this one.
        CompletableFuture<Integer> racingPoll = CompletableFuture.supplyAsync(() -> {
            int fired = 0;
            while (fired < subjects.size() / 4 && subjects.stream().anyMatch(s -> recorder.count(s) == 0)) {
                fired += poller.fireDue();
            }
            return fired;
        });
        subjects.parallelStream().forEach(subject -> QuarkusTransaction.requiringNew()
                .run(() -> timers.schedule(FiringRecorder.KIND, subject, Instant.now())));
        racingPoll.join();

        await().atMost(PATIENCE).until(() -> subjects.stream().allMatch(s -> recorder.count(s) >= 1));
        await().atMost(PATIENCE).until(() -> subjects.stream().mapToLong(this::pending).sum() == 0);
        assertThat(subjects).allSatisfy(subject -> assertThat(recorder.count(subject)).as(subject).isEqualTo(1));
    }

    @Test
    void timers_scheduled_together_are_each_set_or_moved_and_a_due_one_among_them_wakes_the_poller() {
        String moved = subject();
        String later = subject();
        String due = subject();
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        Instant inTwoHours = inAnHour.plus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> timers.schedule(FiringRecorder.KIND, moved,
                Instant.now().plus(Duration.ofDays(1))));

        QuarkusTransaction.requiringNew().run(() -> timers.schedule(List.of(
                new Timer(FiringRecorder.KIND, moved, inTwoHours),
                new Timer(FiringRecorder.KIND, later, inAnHour),
                new Timer(OTHER_KIND, later, inTwoHours),
                new Timer(FiringRecorder.KIND, due, Instant.now()))));

        await().atMost(PATIENCE).until(() -> recorder.count(due) == 1 && pending(due) == 0);
        assertThat(dueAt(FiringRecorder.KIND, moved)).containsExactly(inTwoHours);
        assertThat(dueAt(FiringRecorder.KIND, later)).containsExactly(inAnHour);
        assertThat(dueAt(OTHER_KIND, later)).containsExactly(inTwoHours);
        assertThat(recorder.count(moved) + recorder.count(later)).isZero();
        QuarkusTransaction.requiringNew().run(() -> timers.cancel(OTHER_KIND, later));
    }

    @Test
    void two_timers_of_one_kind_and_subject_in_one_call_are_refused_and_neither_is_set() {
        String subject = subject();
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> timers.schedule(List.of(
                new Timer(FiringRecorder.KIND, subject, inAnHour),
                new Timer(FiringRecorder.KIND, subject, inAnHour.plus(Duration.ofHours(1)))))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(pending(subject)).isZero();
    }

    @Test
    void keeping_a_subjects_timers_sets_the_due_ones_and_removes_the_others_of_the_kinds_named_only() {
        String subject = subject();
        String bystander = subject();
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        Instant inTwoHours = inAnHour.plus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> timers.schedule(List.of(
                new Timer(FiringRecorder.KIND, subject, inAnHour),
                new Timer(OTHER_KIND, subject, inAnHour),
                new Timer(THIRD_KIND, subject, inAnHour),
                new Timer(FiringRecorder.KIND, bystander, inAnHour))));

        QuarkusTransaction.requiringNew().run(() -> timers.keep(subject, List.of(FiringRecorder.KIND, OTHER_KIND),
                List.of(new Timer(OTHER_KIND, subject, inTwoHours))));

        assertThat(dueAt(FiringRecorder.KIND, subject)).isEmpty();
        assertThat(dueAt(OTHER_KIND, subject)).containsExactly(inTwoHours);
        assertThat(dueAt(THIRD_KIND, subject)).containsExactly(inAnHour);
        assertThat(dueAt(FiringRecorder.KIND, bystander)).containsExactly(inAnHour);

        QuarkusTransaction.requiringNew().run(() -> timers.keep(subject, List.of(OTHER_KIND, THIRD_KIND), List.of()));
        assertThat(pending(subject)).isZero();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> timers.keep(subject,
                List.of(FiringRecorder.KIND), List.of(new Timer(OTHER_KIND, subject, inAnHour)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> timers.keep(subject,
                List.of(FiringRecorder.KIND), List.of(new Timer(FiringRecorder.KIND, bystander, inAnHour)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pending(subject)).isZero();
        QuarkusTransaction.requiringNew().run(() -> timers.cancel(FiringRecorder.KIND, bystander));
    }

    private List<Instant> dueAt(String kind, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select cast(extract(epoch from due_at) * 1000 as bigint) from timer
                        where kind = ?1 and subject = ?2""")
                .setParameter(1, kind).setParameter(2, subject).getResultList().stream()
                .map(millis -> Instant.ofEpochMilli(((Number) millis).longValue())).toList());
    }

    private static String subject() {
        return "timer-wake-" + UUID.randomUUID();
    }

    private long pending(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from timer where subject = ?1")
                .setParameter(1, subject).getSingleResult()).longValue());
    }

    /** The scheduled poller polls once an hour, so only commits can fire the timers within the test. */
    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftersales.timer.poll-interval", "1h");
        }
    }
}
