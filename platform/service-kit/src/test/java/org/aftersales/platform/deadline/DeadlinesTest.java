package org.aftersales.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.platform.timer.TimerPoller;
import org.aftersales.testing.ServiceTestResources;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Deadlines in a service's database: started, met, cancelled, restarted, warned and breached by persistent timers. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class DeadlinesTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final ServiceCalendar ALWAYS = ServiceCalendar.alwaysOpen(ServiceCalendar.DEFAULT_ZONE);

    @Inject
    Deadlines deadlines;

    @Inject
    TimerPoller poller;

    @Inject
    RecordingDeadlineListener listener;

    @Inject
    EntityManager entityManager;

    @Test
    void a_deadline_warns_at_its_share_then_is_breached_at_its_due_instant_each_once() {
        String subject = subject();
        Instant now = now();
        Deadline started = start(DeadlineSpec.of(RecordingDeadlineListener.KIND, subject,
                Promise.within(Duration.ofSeconds(4)), ALWAYS, now.minusSeconds(2))
                .warningAt(25).responsible("team-a"));
        assertThat(started.warningAt()).isEqualTo(now.minusSeconds(1));
        assertThat(started.dueAt()).isEqualTo(now.plusSeconds(2));

        poller.fireDue();
        assertThat(listener.calls(subject)).containsExactly("warning WARNING");
        assertThat(find(subject).state()).isEqualTo(DeadlineState.WARNING);

        await().atMost(PATIENCE).until(() -> listener.calls(subject).size() == 2);
        poller.fireDue();

        assertThat(listener.calls(subject))
                .containsExactly("warning WARNING", "breached BREACHED promised " + started.dueAt());
        assertThat(find(subject).state()).isEqualTo(DeadlineState.BREACHED);
        DeadlineBreach breach = deadlines.breachesOf(subject).getFirst();
        assertThat(breach).usingRecursiveComparison().ignoringFields("id", "breachedAt").isEqualTo(
                new DeadlineBreach(null, started.id(), RecordingDeadlineListener.KIND, subject, "PT4S", "team-a",
                        started.startedAt(), started.dueAt(), null, null, null));
        assertThat(Duration.between(started.dueAt(), breach.breachedAt())).isBetween(Duration.ZERO,
                Duration.ofSeconds(2));
        assertThat(pendingTimers(started)).isZero();
    }

    @Test
    void a_deadline_already_due_when_it_starts_is_breached_without_a_warning() {
        String subject = subject();
        start(overdue(subject));

        poller.fireDue();

        assertThat(listener.calls(subject)).hasSize(1).allMatch(call -> call.startsWith("breached BREACHED"));
        assertThat(deadlines.breachesOf(subject)).hasSize(1);
    }

    @Test
    void met_in_time_it_leaves_no_timers_and_nothing_fires() {
        String subject = subject();
        // Half-way: neither its warning (at 75 %) nor its breach is due yet. One already due would fire at once, as
        // the start's commit wakes the poller, and might rightly fire before the deadline is met.
        Deadline started = start(DeadlineSpec.of(RecordingDeadlineListener.KIND, subject,
                Promise.within(Duration.ofMinutes(10)), ALWAYS, now().minusSeconds(300)));
        Instant metAt = now();

        Deadline met = QuarkusTransaction.requiringNew().call(
                () -> deadlines.met(RecordingDeadlineListener.KIND, subject, metAt).orElseThrow());
        poller.fireDue();

        assertThat(met.state()).isEqualTo(DeadlineState.MET);
        assertThat(find(subject)).isEqualTo(met);
        assertThat(find(subject).metAt()).isEqualTo(metAt);
        assertThat(pendingTimers(started)).isZero();
        assertThat(listener.calls(subject)).isEmpty();
        assertThat(deadlines.breachesOf(subject)).isEmpty();
    }

    @Test
    void met_after_its_breach_it_is_met_late_and_the_breach_gets_the_actual_time() {
        String subject = subject();
        start(overdue(subject));
        poller.fireDue();
        Instant metAt = now();

        Deadline met = QuarkusTransaction.requiringNew().call(
                () -> deadlines.met(RecordingDeadlineListener.KIND, subject, metAt).orElseThrow());

        assertThat(met.state()).isEqualTo(DeadlineState.MET_LATE);
        assertThat(deadlines.breachesOf(subject)).singleElement()
                .satisfies(breach -> assertThat(breach.actualAt()).isEqualTo(metAt));
        assertThat(listener.calls(subject)).hasSize(1);
    }

    @Test
    void met_late_before_its_timer_fired_it_is_breached_first_so_every_late_deadline_has_its_breach() {
        String subject = subject();
        Instant metAt = now();

        Deadline met = QuarkusTransaction.requiringNew().call(() -> {
            deadlines.start(overdue(subject));
            return deadlines.met(RecordingDeadlineListener.KIND, subject, metAt).orElseThrow();
        });
        poller.fireDue();

        assertThat(met.state()).isEqualTo(DeadlineState.MET_LATE);
        assertThat(listener.calls(subject)).hasSize(1).allMatch(call -> call.startsWith("breached BREACHED"));
        assertThat(deadlines.breachesOf(subject)).singleElement()
                .satisfies(breach -> assertThat(breach.actualAt()).isEqualTo(metAt));
    }

    @Test
    void meetings_and_firings_at_the_same_time_leave_each_deadline_met_late_with_one_breach() {
        List<String> subjects = IntStream.range(0, 30).mapToObj(i -> subject()).toList();
        QuarkusTransaction.requiringNew().run(() -> subjects.forEach(subject -> deadlines.start(overdue(subject))));

        CompletableFuture<Integer> firing = CompletableFuture.supplyAsync(poller::fireDue);
        CompletableFuture<Void> meeting = CompletableFuture.runAsync(() -> subjects.forEach(subject ->
                QuarkusTransaction.requiringNew().run(
                        () -> deadlines.met(RecordingDeadlineListener.KIND, subject, now()))));
        CompletableFuture.allOf(firing, meeting).join();
        poller.fireDue();

        assertThat(subjects).allSatisfy(subject -> {
            assertThat(find(subject).state()).as(subject).isEqualTo(DeadlineState.MET_LATE);
            assertThat(deadlines.breachesOf(subject)).as(subject).singleElement()
                    .satisfies(breach -> assertThat(breach.actualAt()).isNotNull());
            assertThat(listener.calls(subject)).as(subject).hasSize(1);
        });
    }

    @Test
    void cancelled_it_stops_and_restarted_it_counts_anew_keeping_the_breach_of_the_earlier_count() {
        String subject = subject();
        Deadline started = start(overdue(subject));
        poller.fireDue();
        Instant restartAt = now();

        Deadline restarted = QuarkusTransaction.requiringNew().call(
                () -> deadlines.restart(RecordingDeadlineListener.KIND, subject, restartAt).orElseThrow());
        assertThat(restarted.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(restarted.dueAt()).isEqualTo(restartAt.plusSeconds(1));
        assertThat(pendingTimers(started)).isEqualTo(2);

        Deadline cancelled = QuarkusTransaction.requiringNew().call(
                () -> deadlines.cancel(RecordingDeadlineListener.KIND, subject).orElseThrow());
        poller.fireDue();

        assertThat(cancelled.state()).isEqualTo(DeadlineState.CANCELLED);
        assertThat(pendingTimers(started)).isZero();
        assertThat(deadlines.breachesOf(subject)).hasSize(1);
        assertThat(listener.calls(subject)).hasSize(1);
    }

    @Test
    void a_listener_that_fails_rolls_its_firing_back_and_the_breach_fires_once_when_it_recovers() {
        String subject = subject();
        listener.failFor(subject);
        start(overdue(subject));

        poller.fireDue();

        assertThat(find(subject).state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(deadlines.breachesOf(subject)).isEmpty();
        listener.recover(subject);
        await().atMost(PATIENCE).until(() -> {
            poller.fireDue();
            return listener.calls(subject).size() == 1;
        });
        assertThat(find(subject).state()).isEqualTo(DeadlineState.BREACHED);
        assertThat(deadlines.breachesOf(subject)).hasSize(1);
    }

    @Test
    void a_breach_is_never_deleted_but_may_be_withdrawn_with_who_when_and_why() {
        String subject = subject();
        start(overdue(subject));
        poller.fireDue();
        DeadlineBreach breach = deadlines.breachesOf(subject).getFirst();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from deadline_breach where id = ?1").setParameter(1, breach.id())
                .executeUpdate())).hasStackTraceContaining("permanent fact");
        Instant at = now();
        DeadlineBreach withdrawn = QuarkusTransaction.requiringNew().call(() -> deadlines
                .withdrawBreach(breach.id(), "quality", "recorded against the wrong promise", at).orElseThrow());
        DeadlineBreach again = QuarkusTransaction.requiringNew().call(() -> deadlines
                .withdrawBreach(breach.id(), "manager", "again", at.plusSeconds(5)).orElseThrow());

        DeadlineBreach.Withdrawal withdrawal =
                new DeadlineBreach.Withdrawal(at, "quality", "recorded against the wrong promise");
        assertThat(withdrawn.withdrawal()).isEqualTo(withdrawal);
        assertThat(again.withdrawal()).isEqualTo(withdrawal);
        assertThat(deadlines.breachesOf(subject)).containsExactly(withdrawn);
        assertThat(QuarkusTransaction.requiringNew().call(() -> deadlines.withdrawBreach(UUID.randomUUID(), "quality",
                "none", at))).isEmpty();
    }

    @Test
    void a_subject_has_one_deadline_per_kind_listed_with_its_others() {
        String subject = subject();
        Instant now = now();
        start(DeadlineSpec.of(RecordingDeadlineListener.KIND, subject, Promise.workingDays(3), ALWAYS, now));
        start(DeadlineSpec.of("test-other-promise", subject, Promise.within(Duration.ofDays(7)), ALWAYS,
                now.plusSeconds(1)));

        assertThatThrownBy(() -> start(DeadlineSpec.of(RecordingDeadlineListener.KIND, subject,
                Promise.within(Duration.ofHours(1)), ALWAYS, now))).isInstanceOf(DeadlineExistsException.class);
        assertThat(deadlines.of(subject)).extracting(Deadline::kind, deadline -> deadline.promise().text())
                .containsExactly(Tuple.tuple(RecordingDeadlineListener.KIND, "3 working days"),
                        Tuple.tuple("test-other-promise", "PT168H"));
        assertThat(deadlines.find("test-other-promise", subject)).map(Deadline::warningPercent)
                .contains(Deadline.DEFAULT_WARNING_PERCENT);
        assertThat(QuarkusTransaction.requiringNew().call(() -> deadlines.met("test-other-promise", "nothing", now)))
                .isEmpty();
    }

    private Deadline start(DeadlineSpec spec) {
        return QuarkusTransaction.requiringNew().call(() -> deadlines.start(spec));
    }

    private Deadline find(String subject) {
        return deadlines.find(RecordingDeadlineListener.KIND, subject).orElseThrow();
    }

    private long pendingTimers(Deadline deadline) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from timer where subject = ?1")
                .setParameter(1, deadline.id().toString()).getSingleResult()).longValue());
    }

    /** A one-second promise that fell due a minute ago. */
    private static DeadlineSpec overdue(String subject) {
        return DeadlineSpec.of(RecordingDeadlineListener.KIND, subject, Promise.within(Duration.ofSeconds(1)), ALWAYS,
                now().minusSeconds(60));
    }

    /** Microseconds, as PostgreSQL stores them. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String subject() {
        return "deadline-test-" + UUID.randomUUID();
    }
}
