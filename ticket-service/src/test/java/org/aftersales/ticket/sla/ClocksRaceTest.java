package org.aftersales.ticket.sla;

import static org.aftersales.ticket.TicketApi.RESOLVE;
import static org.aftersales.ticket.TicketApi.act;
import static org.aftersales.ticket.TicketApi.clocks;
import static org.aftersales.ticket.TicketApi.register;
import static org.aftersales.ticket.TicketApi.ticket;
import static org.aftersales.ticket.sla.ContractedDevices.elapsed;
import static org.aftersales.ticket.sla.ContractedDevices.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.sla.ContractedDevices.TestContract;
import org.junit.jupiter.api.Test;

/**
 * Requests that change tickets while their clocks' warning and breach timers fire, many times: each answers 200 or 409
 * (a lost race, to be retried), never 500, and every ticket ends where its requests took it.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ClocksRaceTest {

    static final int ROUNDS = 5;
    static final int TICKETS = 8;
    static final List<String> ACTIONS = List.of("{\"action\": \"ACKNOWLEDGE\"}", "{\"action\": \"DIAGNOSE\"}",
            RESOLVE);

    @Inject
    ObjectMapper json;

    @Test
    void requests_racing_firing_timers_answer_200_or_409_never_500() throws Exception {
        String serial = new TestContract(List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1S"), elapsed("PT1S"),
                elapsed("PT1S")))).device(json);
        ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
        List<String> all = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(TICKETS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<String> tickets = new ArrayList<>();
                for (int i = 0; i < TICKETS; i++) {
                    tickets.add(register(serial, "MAJOR"));
                }
                all.addAll(tickets);
                Instant warningsDue = Instant.parse(clocks(tickets.getFirst()).getString("clocks[0].warningAt"));
                await().atMost(Duration.ofSeconds(5)).until(() -> !Instant.now().isBefore(warningsDue));
                List<Future<?>> running = new ArrayList<>();
                for (String ticket : tickets) {
                    running.add(clients.submit(() -> ACTIONS.forEach(action -> answers.addAll(untilTaken(ticket,
                            action)))));
                }
                for (Future<?> done : running) {
                    done.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(answers).isSubsetOf(200, 409);
        assertThat(all).allSatisfy(ticket -> assertThat(ticket(ticket).getString("status")).isEqualTo("RESOLVED"));
        assertThat(all).allSatisfy(ticket -> assertThat(clocks(ticket).getList("clocks.state", String.class))
                .doesNotContain("RUNNING", "WARNING", "BREACHED"));
    }

    /** Takes the action, again after each 409, at most five times; answers every status seen. */
    private static List<Integer> untilTaken(String ticket, String action) {
        List<Integer> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            int status = act(TestCaller.MANAGER, ticket, action).statusCode();
            seen.add(status);
            if (status != 409) {
                break;
            }
        }
        return seen;
    }
}
