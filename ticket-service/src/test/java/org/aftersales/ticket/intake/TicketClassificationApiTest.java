package org.aftersales.ticket.intake;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.TicketApi.act;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.aftersales.ticket.TicketApi;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class TicketClassificationApiTest {

    static final String CRITICAL_HARDWARE = "{\"faultLevel\": \"CRITICAL\", \"faultType\": \"HARDWARE\"}";

    @Inject
    TicketReclassifiedRecorder recorder;

    String ticket;
    String etag;

    @BeforeEach
    void aMinorFaultOfCustomerA() {
        Response created = given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body(TicketApi.with(TicketApi.fault(TicketApi.uniqueSerial("SN-CLASS")),
                        "faultLevel", "MINOR"))
                .when().post("/api/v1/tickets").then().statusCode(201).extract().response();
        ticket = created.path("id");
        etag = created.header("ETag");
    }

    Response classify(TestCaller caller, String ifMatch, String body) {
        var request = given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/tickets/{id}/classification", ticket);
    }

    @Test
    void an_agent_classifies_the_fault_which_is_recorded_and_a_level_or_type_change_is_fired_in_the_transaction() {
        Response classified = classify(TestCaller.AGENT, etag, CRITICAL_HARDWARE).then().statusCode(200)
                .body("faultLevel", equalTo("CRITICAL"))
                .body("faultType", equalTo("HARDWARE"))
                .header("ETag", not(equalTo(etag)))
                .extract().response();
        classify(TestCaller.MANAGER, classified.header("ETag"),
                "{\"faultLevel\": \"CRITICAL\", \"faultType\": \"SOFTWARE\"}").then().statusCode(200).body("faultType", equalTo("SOFTWARE"));

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/tickets/{id}/classifications", ticket)
                .then().statusCode(200)
                .body("fromLevel", contains("MINOR", "CRITICAL"))
                .body("toLevel", contains("CRITICAL", "CRITICAL"))
                .body("fromType", contains(null, "HARDWARE"))
                .body("toType", contains("HARDWARE", "SOFTWARE"))
                .body("classifiedBy", contains("agent", "manager"));
        List<TicketReclassifiedRecorder.Observed> fired = recorder.of(UUID.fromString(ticket));
        assertThat(fired).hasSize(2);
        assertThat(fired.get(0).event().fromLevel()).isEqualTo(FaultLevel.MINOR);
        assertThat(fired.get(0).event().toLevel()).isEqualTo(FaultLevel.CRITICAL);
        assertThat(fired.get(0).event().by()).isEqualTo("agent");
        assertThat(fired.get(0).event().at()).isNotNull();
        assertThat(fired.get(0).inTransaction()).isTrue();
        assertThat(fired.get(1).event().fromType()).isEqualTo(FaultType.HARDWARE);
        assertThat(fired.get(1).event().toType()).isEqualTo(FaultType.SOFTWARE);
    }

    @Test
    void a_stale_version_is_412_and_nothing_changes() {
        classify(TestCaller.AGENT, etag, CRITICAL_HARDWARE).then().statusCode(200);

        classify(TestCaller.AGENT, etag, "{\"faultLevel\": \"MAJOR\", \"faultType\": \"SOFTWARE\"}").then()
                .statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}", ticket)
                .then().statusCode(200).body("faultLevel", equalTo("CRITICAL"));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/classifications", ticket)
                .then().statusCode(200).body("$", hasSize(1));
        assertThat(recorder.of(UUID.fromString(ticket))).hasSize(1);
    }

    static Stream<Arguments> statuses() {
        String ack = "{\"action\": \"ACKNOWLEDGE\"}";
        String diagnose = "{\"action\": \"DIAGNOSE\"}";
        return Stream.of(
                Arguments.of("NEW", List.of(), 200),
                Arguments.of("ACKNOWLEDGED", List.of(ack), 200),
                Arguments.of("DIAGNOSING", List.of(ack, diagnose), 200),
                Arguments.of("DISPATCHED", List.of(ack, "{\"action\": \"DISPATCH\"}"), 200),
                Arguments.of("WAITING", List.of(ack, diagnose,
                        "{\"action\": \"WAIT\", \"reason\": \"等客户\", \"waitingFor\": \"CUSTOMER\"}"), 200),
                Arguments.of("RESOLVED", List.of(ack, diagnose, TicketApi.RESOLVE), 409),
                Arguments.of("CONFIRMED", List.of(ack, diagnose, TicketApi.RESOLVE, "{\"action\": \"CONFIRM\"}"),
                        409),
                Arguments.of("CLOSED", List.of(ack, diagnose, TicketApi.RESOLVE, "{\"action\": \"CONFIRM\"}",
                        "{\"action\": \"CLOSE\"}"), 409),
                Arguments.of("CANCELLED", List.of("{\"action\": \"CANCEL\", \"reason\": \"重复报修\"}"), 409),
                Arguments.of("DIAGNOSING again after REOPEN", List.of(ack, diagnose, TicketApi.RESOLVE,
                        "{\"action\": \"REOPEN\", \"reason\": \"又坏了\"}"), 200));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("statuses")
    void an_open_ticket_is_classified_a_settled_one_is_409(String status, List<String> actions, int expected) {
        actions.forEach(action -> act(TestCaller.AGENT, ticket, action).then().statusCode(200));

        classify(TestCaller.AGENT, null, CRITICAL_HARDWARE).then().statusCode(expected);
        int recorded = expected == 200 ? 1 : 0;
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/classifications", ticket)
                .then().statusCode(200).body("$", hasSize(recorded));
        assertThat(recorder.of(UUID.fromString(ticket))).hasSize(recorded);
    }

    @Test
    void a_consultation_has_no_fault_to_classify() {
        ticket = TicketApi.register(TestCaller.AGENT, TicketApi.with(TicketApi.fault(
                TicketApi.uniqueSerial("SN-CLASS")), "faultLevel", null, "kind", "CONSULTATION"));

        classify(TestCaller.AGENT, null, CRITICAL_HARDWARE).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("CONSULTATION"));
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "PARTNER_A", "ENGINEER", "QUALITY", "ADMIN"})
    void only_agents_and_managers_classify(TestCaller caller) {
        classify(caller, null, CRITICAL_HARDWARE).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}", ticket)
                .then().statusCode(200).body("faultLevel", equalTo("MINOR"));
    }

    @Test
    void unknown_or_foreign_tickets_are_404_bad_bodies_400_and_no_token_401() {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(CRITICAL_HARDWARE)
                .when().post("/api/v1/tickets/{id}/classification", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).when().get("/api/v1/tickets/{id}/classifications", ticket)
                .then().statusCode(404);
        classify(TestCaller.AGENT, null, "{\"faultLevel\": \"CRITICAL\"}").then().statusCode(400)
                .body("errors.field", hasItems("faultType"));
        classify(TestCaller.AGENT, null, "{\"faultLevel\": \"URGENT\", \"faultType\": \"HARDWARE\"}").then()
                .statusCode(400)
                .body("errors.field", hasItems("faultLevel"));
        classify(TestCaller.AGENT, null,
                "{\"faultLevel\": \"MAJOR\", \"faultType\": \"HARDWARE\", \"colour\": \"red\"}").then().statusCode(400).body("errors.field", hasItems("colour"));
        classify(TestCaller.AGENT, "yesterday", CRITICAL_HARDWARE).then().statusCode(400)
                .body("errors.field", hasItems("If-Match"));
        given().contentType(ContentType.JSON).body(CRITICAL_HARDWARE)
                .when().post("/api/v1/tickets/{id}/classification", ticket)
                .then().statusCode(401);
        assertThat(recorder.of(UUID.fromString(ticket))).isEmpty();
    }
}
