package org.aftersales.ticket.sla;

import static org.aftersales.ticket.TicketApi.RESOLVE;
import static org.aftersales.ticket.TicketApi.act;
import static org.aftersales.ticket.TicketApi.clocks;
import static org.aftersales.ticket.TicketApi.register;
import static org.aftersales.ticket.TicketApi.ticket;
import static org.aftersales.ticket.sla.ContractedDevices.elapsed;
import static org.aftersales.ticket.sla.ContractedDevices.term;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.platform.timer.TimerPoller;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.ticket.sla.ContractedDevices.TestContract;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's lock order: many requests pausing and resuming tickets (each locks the ticket, then moves its clocks'
 * timers) while the warning and breach timers of the same tickets fall due and three pollers fire them (each locks
 * the ticket, then the timer). Taken in one order, the locks wait for each other and never deadlock: no request
 * answers 500 (or 503), no lock conflict is retried or refused, no timer firing fails, and the timers did fire.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class TimerLockOrderRaceTest {

    static final int TICKETS = 12;
    static final int PAUSES = 8;
    static final int POLLERS = 3;

    @Inject
    ObjectMapper json;

    @Inject
    TimerPoller poller;

    @Inject
    MeterRegistry metrics;

    @Test
    void requests_and_timers_due_on_the_same_tickets_take_locks_in_one_order_and_never_deadlock() throws Exception {
        String serial = new TestContract(List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1S"), elapsed("PT1S"),
                elapsed("PT2S")))).pauses(List.of("WAITING_FOR_PARTS")).device(json);
        double conflictsBefore = lockConflicts();
        double timerFailuresBefore = timerFailures();
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            tickets.add(register(serial, "MAJOR"));
        }
        ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean racing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(TICKETS + POLLERS);
        try {
            List<Future<?>> pollers = new ArrayList<>();
            for (int i = 0; i < POLLERS; i++) {
                pollers.add(threads.submit(() -> {
                    while (racing.get()) {
                        poller.fireDue();
                    }
                }));
            }
            List<Future<?>> clients = new ArrayList<>();
            for (String ticket : tickets) {
                clients.add(threads.submit(() -> answers.addAll(lifeOf(ticket))));
            }
            for (Future<?> client : clients) {
                client.get(120, TimeUnit.SECONDS);
            }
            racing.set(false);
            for (Future<?> each : pollers) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            racing.set(false);
            threads.shutdownNow();
        }

        assertThat(answers).isNotEmpty().containsOnly(200);
        assertThat(tickets).allSatisfy(ticket -> assertThat(ticket(ticket).getString("status")).isEqualTo("RESOLVED"));
        assertThat(tickets.stream().mapToInt(ticket -> clocks(ticket).getList("breaches").size()).sum())
                .as("breach timers fired during the race").isPositive();
        assertThat(lockConflicts() - conflictsBefore).as("deadlocks and serialization failures").isZero();
        assertThat(timerFailures() - timerFailuresBefore).as("timer firings aborted").isZero();
    }

    /** Acknowledges, diagnoses, waits for parts and resumes again and again, then resolves: every answer seen. */
    private static List<Integer> lifeOf(String ticket) {
        List<String> actions = new ArrayList<>(List.of("{\"action\": \"ACKNOWLEDGE\"}", "{\"action\": \"DIAGNOSE\"}"));
        for (int i = 0; i < PAUSES; i++) {
            actions.add("{\"action\": \"WAIT\", \"reason\": \"等待备件\", \"waitingFor\": \"PARTS\"}");
            actions.add("{\"action\": \"RESUME\"}");
        }
        actions.add(RESOLVE);
        List<Integer> seen = new ArrayList<>();
        for (String action : actions) {
            Response response = act(TestCaller.MANAGER, ticket, action);
            seen.add(response.statusCode());
        }
        return seen;
    }

    private double lockConflicts() {
        return metrics.find("aftersales.lock.conflicts").counters().stream().mapToDouble(Counter::count).sum();
    }

    private double timerFailures() {
        return metrics.find("aftersales.timer.failed").counters().stream().mapToDouble(Counter::count).sum();
    }
}
