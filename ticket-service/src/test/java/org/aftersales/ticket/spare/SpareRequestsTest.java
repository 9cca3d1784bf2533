package org.aftersales.ticket.spare;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.TicketApi.act;
import static org.aftersales.ticket.TicketApi.clocks;
import static org.aftersales.ticket.TicketApi.register;
import static org.aftersales.ticket.TicketApi.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventType;
import org.aftersales.events.parts.SpareRequestChanged;
import org.aftersales.events.parts.SpareRequestEvents;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.intake.TicketAction;
import org.aftersales.ticket.intake.TicketTransition;
import org.aftersales.ticket.sla.ContractedDevices;
import org.aftersales.ticket.sla.ContractedDevices.TestContract;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the spare requests parts-service reports are shown on the ticket, each event applied once; when the last
 * one on its way is delivered, a ticket WAITING for PARTS resumes, its clocks paused for parts count again and
 * {@code ticket.resumed.v1} is published.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class SpareRequestsTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String WAIT_FOR_PARTS = "{\"action\": \"WAIT\", \"reason\": \"等待备件\", \"waitingFor\": \"PARTS\"}";

    @Inject
    ObjectMapper json;

    @Test
    void the_last_delivery_resumes_a_ticket_waiting_for_parts_once_and_its_clocks_count_again() {
        String ticket = waitingForParts();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        send(SpareRequestEvents.CREATED, first, ticket, "REQUESTED", "RUNNING", at);
        send(SpareRequestEvents.CREATED, second, ticket, "REQUESTED", "RUNNING", at);
        // Right behind the second request's creation: keyed by the ticket (ADR 0041), they are applied in this order.
        CloudEvent<SpareRequestChanged> firstDelivered =
                changed(SpareRequestEvents.DELIVERED, first, ticket, "DELIVERED", "MET", at.plusSeconds(60));
        publish(SpareRequestEvents.DELIVERED, firstDelivered);
        await().atMost(PATIENCE).until(() -> states(ticket).equals(List.of("DELIVERED", "REQUESTED")));
        assertThat(ticket(ticket).getString("status")).as("one part is still on its way").isEqualTo("WAITING");

        CloudEvent<SpareRequestChanged> secondDelivered =
                changed(SpareRequestEvents.DELIVERED, second, ticket, "DELIVERED", "MET_LATE", at.plusSeconds(120));
        publish(SpareRequestEvents.DELIVERED, secondDelivered);
        publish(SpareRequestEvents.DELIVERED, secondDelivered);
        // A stale event (older than what is stored) changes nothing.
        send(SpareRequestEvents.DISPATCHED, second, ticket, "DISPATCHED", "RUNNING", at.plusSeconds(30));

        await().atMost(PATIENCE).until(() -> "DIAGNOSING".equals(ticket(ticket).getString("status")));
        JsonPath shown = given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/tickets/{id}/spare-requests", ticket).then().statusCode(200).extract().jsonPath();
        assertThat(shown.getList("state", String.class)).containsExactly("DELIVERED", "DELIVERED");
        assertThat(shown.getList("deadlineState", String.class)).containsExactly("MET", "MET_LATE");
        assertThat(shown.getString("[0].partNumber")).isEqualTo("PM-8000-PSU");
        assertThat(ticket(ticket).getString("waitingFor")).isNull();
        assertThat(clocks(ticket).getString("clocks.find { it.target == 'RESOLUTION' }.state")).isEqualTo("RUNNING");

        KAFKA.awaitRecords(TicketEvents.RESUMED.topic(), record -> ticket.equals(record.key())
                && record.value().contains(TicketEvents.RESUMED.type()), 1, PATIENCE);
        publish(SpareRequestEvents.DELIVERED, secondDelivered);
        await().atMost(PATIENCE).until(() -> states(ticket).equals(List.of("DELIVERED", "DELIVERED")));
        List<TicketTransition> resumes = QuarkusTransaction.requiringNew().call(() -> TicketTransition
                .<TicketTransition>list("ticketId = ?1 and action = ?2", UUID.fromString(ticket), TicketAction.RESUME));
        assertThat(resumes).singleElement().satisfies(resume -> {
            assertThat(resume.changedBy).isEqualTo("parts-service");
            assertThat(resume.reason).contains(second.toString());
        });
    }

    @Test
    void a_delivery_leaves_a_ticket_waiting_for_something_else_waiting() {
        String ticket = register(device(), "MAJOR");
        act(ticket, "{\"action\": \"ACKNOWLEDGE\"}");
        act(ticket, "{\"action\": \"DIAGNOSE\"}");
        act(ticket, "{\"action\": \"WAIT\", \"reason\": \"客户不在\", \"waitingFor\": \"CUSTOMER\"}");
        UUID request = UUID.randomUUID();
        Instant at = Instant.now();
        send(SpareRequestEvents.CREATED, request, ticket, "REQUESTED", "RUNNING", at);
        send(SpareRequestEvents.DELIVERED, request, ticket, "DELIVERED", "MET", at.plusSeconds(1));

        await().atMost(PATIENCE).until(() -> states(ticket).equals(List.of("DELIVERED")));
        JsonPath waiting = ticket(ticket);
        assertThat(waiting.getString("status")).isEqualTo("WAITING");
        assertThat(waiting.getString("waitingFor")).isEqualTo("CUSTOMER");
    }

    @Test
    void another_tenant_does_not_see_the_tickets_spare_requests() {
        String ticket = register(device(), "MAJOR");
        given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .when().get("/api/v1/tickets/{id}/spare-requests", ticket)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.PARTNER_B.token())
                .when().get("/api/v1/tickets/{id}/spare-requests", UUID.randomUUID())
                .then().statusCode(404);
        given().when().get("/api/v1/tickets/{id}/spare-requests", ticket).then().statusCode(401);
    }

    private String waitingForParts() {
        String ticket = register(device(), "MAJOR");
        act(ticket, "{\"action\": \"ACKNOWLEDGE\"}");
        act(ticket, "{\"action\": \"DIAGNOSE\"}");
        act(ticket, WAIT_FOR_PARTS);
        assertThat(clocks(ticket).getString("clocks.find { it.target == 'RESOLUTION' }.state")).isEqualTo("PAUSED");
        return ticket;
    }

    /** A device under a contract whose clocks stand still while the ticket waits for parts. */
    private String device() {
        return new TestContract(List.of(ContractedDevices.term(FaultLevel.MAJOR, "B", ContractedDevices.elapsed("PT2H"),
                ContractedDevices.elapsed("PT4H"), ContractedDevices.elapsed("PT24H"))))
                .pauses(List.of("WAITING_FOR_PARTS")).device(json);
    }

    /** The states of the ticket's spare requests, in alphabetical order. */
    private static List<String> states(String ticket) {
        return given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/tickets/{id}/spare-requests", ticket).then().statusCode(200)
                .extract().jsonPath().getList("state", String.class).stream().sorted().toList();
    }

    private static CloudEvent<SpareRequestChanged> changed(EventType<SpareRequestChanged> type, UUID request,
            String ticket, String state, String deadlineState, Instant at) {
        return CloudEvent.of(type, "/parts-service", ticket, at,
                new SpareRequestChanged(request, UUID.fromString(ticket), "dealer-a/customer-a", "PM-8000-PSU", null,
                        1, "DELIVERED".equals(state) ? UUID.randomUUID() : null, at.plus(Duration.ofHours(4)), state,
                        deadlineState, "engineer", at));
    }

    private static void send(EventType<SpareRequestChanged> type, UUID request, String ticket, String state,
            String deadlineState, Instant at) {
        publish(type, changed(type, request, ticket, state, deadlineState, at));
    }

    private static void publish(EventType<SpareRequestChanged> type, CloudEvent<SpareRequestChanged> event) {
        KAFKA.publish(type, event);
    }
}
