package org.aftersales.ticket.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.dispatch.DispatchFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class TicketLifecycleApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    String ticket;
    String etag;

    @BeforeEach
    void aNewTicketOfCustomerA() {
        Response created = given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body(TicketRegistrationTest.VALID)
                .when().post("/api/v1/tickets").then().statusCode(201).extract().response();
        ticket = created.path("id");
        etag = created.header("ETag");
    }

    Response act(TestCaller caller, String body) {
        Response response = given().auth().oauth2(caller.token()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).when().post("/api/v1/tickets/{id}/transitions", ticket);
        if (response.statusCode() == 200) {
            etag = response.header("ETag");
        }
        return response;
    }

    @Test
    void a_ticket_goes_the_whole_way_with_who_when_and_why_recorded_and_its_repair_published() {
        act(TestCaller.AGENT, "{\"action\": \"ACKNOWLEDGE\"}").then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        DispatchFixtures.registerTheEngineer();
        DispatchFixtures.assign(ticket, TestCaller.ENGINEER.username()).then().statusCode(200); // takes DISPATCH
        etag = given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}", ticket)
                .header("ETag");
        act(TestCaller.ENGINEER, "{\"action\": \"ARRIVE\"}").then().statusCode(200).body("status", equalTo("ON_SITE"));
        act(TestCaller.ENGINEER, "{\"action\": \"WAIT\", \"reason\": \"等待备件\", \"waitingFor\": \"PARTS\"}").then().statusCode(200)
                .body("reason", equalTo("等待备件"));
        act(TestCaller.ENGINEER, "{\"action\": \"RESUME\"}").then().statusCode(200).body("status", equalTo("ON_SITE"));
        act(TestCaller.ENGINEER, """
                {"action": "RESOLVE", "resolution": {"component": "power-supply", "faultCode": "NO-POWER",
                 "partsUsed": ["PSU-220V-01"], "faultGone": true}}""")
                .then().statusCode(200).body("status", equalTo("RESOLVED"));
        act(TestCaller.CUSTOMER_A, "{\"action\": \"CONFIRM\"}").then().statusCode(200);
        act(TestCaller.AGENT, "{\"action\": \"CLOSE\"}").then().statusCode(200).body("status", equalTo("CLOSED"));
        act(TestCaller.CUSTOMER_A, "{\"action\": \"REOPEN\", \"reason\": \"又黑屏了\"}").then().statusCode(200)
                .body("status", equalTo("DIAGNOSING"));

        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/tickets/{id}/history", ticket)
                .then().statusCode(200)
                .body("action", contains("ACKNOWLEDGE", "DISPATCH", "ARRIVE", "WAIT", "RESUME", "RESOLVE", "CONFIRM",
                        "CLOSE", "REOPEN"))
                .body("changedBy", hasItems("agent", "engineer", "customer-a"));
        var record = KAFKA.awaitRecords(TicketEvents.RESOLVED.topic(),
                r -> ticket.equals(r.key()) && EventCodec.decode(r.value()).type().equals(TicketEvents.RESOLVED.type()), 1,
                Duration.ofSeconds(60)).get(0);
        TicketResolved resolved = EventCodec.payload(EventCodec.decode(record.value()), TicketEvents.RESOLVED);
        assertThat(resolved.faultCode()).isEqualTo("NO-POWER");
        assertThat(resolved.partsUsed()).containsExactly("PSU-220V-01");
        assertThat(resolved.faultGone()).isTrue();
    }

    @Test
    void a_stale_version_is_412_and_nothing_changes() {
        String stale = etag;
        act(TestCaller.AGENT, "{\"action\": \"ACKNOWLEDGE\"}").then().statusCode(200);

        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).header("If-Match", stale)
                .body("{\"action\": \"CANCEL\", \"reason\": \"duplicate\"}")
                .when().post("/api/v1/tickets/{id}/transitions", ticket)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}", ticket)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED")).header("ETag", equalTo(etag));
    }

    @Test
    void refusals_name_their_reason() {
        act(TestCaller.AGENT, "{\"action\": \"CLOSE\"}").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CLOSE is not allowed while the ticket is NEW"));
        act(TestCaller.AGENT, "{\"action\": \"CANCEL\"}").then().statusCode(400).body("errors.field", hasItems("reason"));
        act(TestCaller.AGENT, "{\"action\": \"FLY\"}").then().statusCode(400).body("errors.field", hasItems("action"));
        act(TestCaller.CUSTOMER_A, "{\"action\": \"ACKNOWLEDGE\"}").then().statusCode(403);
        act(TestCaller.AGENT, "{\"action\": \"ACKNOWLEDGE\"}").then().statusCode(200);
        act(TestCaller.AGENT, "{\"action\": \"RESOLVE\"}").then().statusCode(409);
        act(TestCaller.AGENT, "{\"action\": \"DIAGNOSE\"}").then().statusCode(200);
        act(TestCaller.AGENT, "{\"action\": \"RESOLVE\"}").then().statusCode(400).body("errors.field", hasItems("resolution"));
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).contentType(ContentType.JSON)
                .body("{\"action\": \"CANCEL\", \"reason\": \"x\"}")
                .when().post("/api/v1/tickets/{id}/transitions", ticket)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).header("If-Match", "yesterday")
                .body("{\"action\": \"CANCEL\", \"reason\": \"x\"}")
                .when().post("/api/v1/tickets/{id}/transitions", ticket)
                .then().statusCode(400).body("errors.field", hasItems("If-Match"));
    }
}
