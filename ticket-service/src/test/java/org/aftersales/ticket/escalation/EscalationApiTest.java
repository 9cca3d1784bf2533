package org.aftersales.ticket.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.TicketEscalated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.dispatch.DispatchFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class EscalationApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Escalations escalations;

    String ticket;

    @BeforeEach
    void anAcknowledgedTicket() {
        ticket = DispatchFixtures.acknowledgedTicket();
    }

    Response escalate(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets/{id}/escalations", ticket);
    }

    Response act(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets/{id}/transitions", ticket);
    }

    void resolve() {
        act(TestCaller.AGENT, "{\"action\": \"DIAGNOSE\"}").then().statusCode(200);
        act(TestCaller.AGENT, """
                {"action": "RESOLVE", "resolution": {"faultCode": "CONFIG", "faultGone": true}}""")
                .then().statusCode(200);
    }

    @Test
    void agents_and_managers_escalate_by_hand_one_level_at_a_time_up_to_leadership() {
        escalate(TestCaller.AGENT, "{\"reason\": \"两次上门未修复\"}").then().statusCode(201)
                .body("fromLevel", equalTo("ENGINEER"))
                .body("toLevel", equalTo("SENIOR_ENGINEER"))
                .body("trigger", equalTo("HAND"))
                .body("escalatedBy", equalTo("agent"));
        escalate(TestCaller.MANAGER, "{\"reason\": \"客户投诉\"}").then().statusCode(201)
                .body("toLevel", equalTo("MANAGER"));
        escalate(TestCaller.MANAGER, "{\"reason\": \"重大活动保障\"}").then().statusCode(201)
                .body("toLevel", equalTo("LEADERSHIP"));
        escalate(TestCaller.MANAGER, "{\"reason\": \"再升\"}").then().statusCode(409)
                .contentType("application/problem+json");

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/tickets/{id}", ticket)
                .then().statusCode(200).body("escalationLevel", equalTo("LEADERSHIP"));
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/tickets/{id}/escalations", ticket)
                .then().statusCode(200)
                .body("toLevel", contains("SENIOR_ENGINEER", "MANAGER", "LEADERSHIP"))
                .body("reason", contains("两次上门未修复", "客户投诉", "重大活动保障"));
        List<String> published = KAFKA.awaitRecords(TicketEvents.ESCALATED.topic(), r -> ticket.equals(r.key())
                        && EventCodec.decode(r.value()).type().equals(TicketEvents.ESCALATED.type()), 3, PATIENCE)
                .stream()
                .map(r -> EventCodec.payload(EventCodec.decode(r.value()), TicketEvents.ESCALATED).toLevel())
                .toList();
        assertThat(published).containsExactly("SENIOR_ENGINEER", "MANAGER", "LEADERSHIP");
    }

    @Test
    void a_customer_rejecting_the_result_escalates_the_ticket_and_it_is_published() {
        resolve();

        act(TestCaller.CUSTOMER_A, "{\"action\": \"REJECT\", \"reason\": \"仍然黑屏\"}").then().statusCode(200)
                .body("status", equalTo("DIAGNOSING"))
                .body("escalationLevel", equalTo("SENIOR_ENGINEER"));

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/tickets/{id}/escalations", ticket)
                .then().statusCode(200)
                .body("trigger", contains("REJECTION"))
                .body("reason", contains("仍然黑屏"))
                .body("escalatedBy", contains("customer-a"));
        var record = KAFKA.awaitRecords(TicketEvents.ESCALATED.topic(), r -> ticket.equals(r.key())
                && EventCodec.decode(r.value()).type().equals(TicketEvents.ESCALATED.type()), 1, PATIENCE).get(0);
        TicketEscalated escalated = EventCodec.payload(EventCodec.decode(record.value()), TicketEvents.ESCALATED);
        assertThat(escalated.ticketId()).hasToString(ticket);
        assertThat(escalated.customerOrganisation()).isEqualTo("dealer-a/customer-a");
        assertThat(escalated.fromLevel()).isEqualTo("ENGINEER");
        assertThat(escalated.toLevel()).isEqualTo("SENIOR_ENGINEER");
        assertThat(escalated.trigger()).isEqualTo("REJECTION");
        assertThat(escalated.reason()).isEqualTo("仍然黑屏");
        assertThat(escalated.escalatedBy()).isEqualTo("customer-a");
    }

    @Test
    void a_rejection_at_the_top_level_is_still_taken_and_escalates_no_further() {
        for (int i = 0; i < 3; i++) {
            escalate(TestCaller.MANAGER, "{\"reason\": \"催办\"}").then().statusCode(201);
        }
        resolve();

        act(TestCaller.CUSTOMER_A, "{\"action\": \"REJECT\", \"reason\": \"仍然黑屏\"}").then().statusCode(200)
                .body("escalationLevel", equalTo("LEADERSHIP"));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/escalations", ticket)
                .then().statusCode(200).body("$", hasSize(3));
    }

    @Test
    void the_sla_clocks_escalate_a_breach_through_the_public_method() {
        UUID id = UUID.fromString(ticket);
        Instant at = Instant.parse("2026-11-23T02:00:00Z");

        Optional<Escalation> escalation = QuarkusTransaction.requiringNew().call(() -> escalations.escalate(id,
                EscalationTrigger.BREACH, "response target missed", "sla-clock", at));

        assertThat(escalation).get().extracting(e -> e.toLevel).isEqualTo(EscalationLevel.SENIOR_ENGINEER);
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/tickets/{id}/escalations", ticket)
                .then().statusCode(200)
                .body("trigger", contains("BREACH"))
                .body("escalatedBy", contains("sla-clock"))
                .body("escalatedAt", contains("2026-11-23T02:00:00Z"));
    }

    @Test
    void a_reason_is_required_and_strangers_and_other_roles_are_refused() {
        escalate(TestCaller.AGENT, "{}").then().statusCode(400).body("errors.field", contains("reason"));
        escalate(TestCaller.AGENT, "{\"reason\": \"  \"}").then().statusCode(400)
                .body("errors.field", contains("reason"));
        escalate(TestCaller.AGENT, "{\"reason\": \"x\", \"level\": \"MANAGER\"}").then().statusCode(400)
                .body("errors.field", contains("level"));
        given().contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post("/api/v1/tickets/{id}/escalations", ticket).then().statusCode(401);
        given().when().get("/api/v1/tickets/{id}/escalations", ticket).then().statusCode(401);
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).when().get("/api/v1/tickets/{id}/escalations", ticket)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post("/api/v1/tickets/{id}/escalations", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}", ticket)
                .then().statusCode(200).body("escalationLevel", equalTo("ENGINEER"));
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "PARTNER_A", "ENGINEER", "QUALITY", "ADMIN"})
    void only_agents_and_managers_escalate_by_hand(TestCaller caller) {
        escalate(caller, "{\"reason\": \"x\"}").then().statusCode(403);
    }
}
