package org.aftersales.ticket.remedy;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.TicketApi.act;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.RemedyDue;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** 三包 remedies from warranty-service's {@code remedy-due} events, put on the device's open ticket or a new one. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class RemedyDueTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String DEAD_LETTERS = "aftersales.dead-letter.ticket-service";
    static final String CUSTOMER_A = "dealer-a/customer-a";

    @Test
    void a_remedy_goes_on_the_devices_newest_open_fault_ticket_not_on_a_consultation() {
        String serial = serial();
        String source = resolved(serial, "CRITICAL");
        String older = registered(serial, "FAULT", "MINOR");
        String open = registered(serial, "FAULT", "MAJOR");
        registered(serial, "CONSULTATION", null);
        long version = ticket(TestCaller.AGENT, open).extract().jsonPath().getLong("version");

        publish(remedyDue(serial, source, "EXCHANGE", "power-supply", "NO-POWER"));

        awaitRemedies(open, 1);
        remedies(TestCaller.CUSTOMER_A, open)
                .body("[0].remedy", equalTo("EXCHANGE"))
                .body("[0].options", equalTo(List.of("EXCHANGE", "REFUND")))
                .body("[0].component", equalTo("power-supply"))
                .body("[0].faultCode", equalTo("NO-POWER"))
                .body("[0].repairsCounted", equalTo(2))
                .body("[0].policyId", equalTo("CN-GOODS-1995"))
                .body("[0].ruleId", equalTo("1995.R3"))
                .body("[0].reasonZh", containsString("已累计修理 2 次"))
                .body("[0].sourceTicketId", equalTo(source))
                .body("[0].createdTicket", equalTo(false));
        ticket(TestCaller.CUSTOMER_A, open)
                .body("remedyDue", equalTo("EXCHANGE"))
                .body("version", greaterThan((int) version));
        remedies(TestCaller.AGENT, older).body("", hasSize(0));
        ticket(TestCaller.AGENT, older).body("remedyDue", equalTo(null));
        ticketsOf(serial).body("total", equalTo(4));
    }

    @Test
    void without_an_open_fault_ticket_a_ticket_is_raised_for_the_remedy_with_its_clocks_and_created_event() {
        String serial = serial();
        String source = resolved(serial, "CRITICAL");

        publish(remedyDue(serial, source, "REFUND", "whole-unit", "NO-POWER"));

        String raised = awaitRaisedTicket(serial, source);
        ticket(TestCaller.CUSTOMER_A, raised)
                .body("kind", equalTo("FAULT"))
                .body("channel", equalTo("WARRANTY"))
                .body("status", equalTo("NEW"))
                .body("createdBy", equalTo("warranty-service"))
                .body("faultLevel", equalTo("CRITICAL"))
                .body("faultType", equalTo("HARDWARE"))
                .body("contact.name", equalTo("王工"))
                .body("contact.department", equalTo("设备科"))
                .body("description", containsString("三包：整机 故障 NO-POWER 已修理 2 次，应予退货（可选：更换、退货）"))
                .body("description", containsString("CN-GOODS-1995 1995.R3"))
                .body("remedyDue", equalTo("REFUND"));
        remedies(TestCaller.AGENT, raised)
                .body("", hasSize(1))
                .body("[0].remedy", equalTo("REFUND"))
                .body("[0].createdTicket", equalTo(true))
                .body("[0].sourceTicketId", equalTo(source));
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/tickets/{id}/clocks", raised)
                .then().statusCode(200)
                .body("clocks.target", hasItem("RESPONSE"));
        CloudEvent<JsonNode> event = EventCodec.decode(KAFKA.awaitRecords(TicketEvents.CREATED.topic(),
                r -> raised.equals(r.key()), 1, PATIENCE).getFirst().value());
        assertThat(event.type()).isEqualTo(TicketEvents.CREATED.type());
        TicketCreated created = EventCodec.payload(event, TicketEvents.CREATED);
        assertThat(created.createdBy()).isEqualTo("warranty-service");
        assertThat(created.channel()).isEqualTo(Channel.WARRANTY);
        assertThat(created.contact().phone()).isEqualTo("+86 138 0000 0000");
    }

    @Test
    void the_same_remedy_is_applied_once_even_when_published_again_under_a_new_id() {
        String serial = serial();
        String source = resolved(serial, "MAJOR");
        CloudEvent<RemedyDue> due = remedyDue(serial, source, "EXCHANGE", "display", "NO-DISPLAY");

        publish(due);
        publish(due);
        publish(new CloudEvent<>(UUID.randomUUID(), due.source(), due.type(), due.subject(), due.time(), due.data()));
        // Same device, so same partition: once this one is applied, the repeats before it were consumed.
        publish(remedyDue(serial, source, "EXCHANGE", "display", "FLICKER"));

        String raised = awaitRaisedTicket(serial, source);
        awaitRemedies(raised, 2);
        remedies(TestCaller.AGENT, raised)
                .body("faultCode", equalTo(List.of("NO-DISPLAY", "FLICKER")))
                .body("createdTicket", equalTo(List.of(true, false)));
        ticketsOf(serial).body("total", equalTo(2));
    }

    @Test
    void remedies_are_shown_to_whoever_may_see_the_ticket_and_to_nobody_else() {
        String serial = serial();
        String source = resolved(serial, "MAJOR");
        String open = registered(serial, "FAULT", "MAJOR");
        publish(remedyDue(serial, source, "EXCHANGE", "power-supply", "NO-POWER"));
        awaitRemedies(open, 1);

        remedies(TestCaller.CUSTOMER_A, open).body("", hasSize(1));
        remedies(TestCaller.PARTNER_A, open).body("", hasSize(1));
        remedies(TestCaller.MANAGER, open).body("", hasSize(1));
        given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .when().get("/api/v1/tickets/{id}/remedies", open)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_B.token())
                .when().get("/api/v1/tickets/{id}/remedies", open)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/tickets/{id}/remedies", UUID.randomUUID())
                .then().statusCode(404);
        given().when().get("/api/v1/tickets/{id}/remedies", open).then().statusCode(401);
    }

    @Test
    void an_invalid_remedy_goes_to_the_dead_letter_topic_and_stores_nothing() {
        String serial = serial();
        String source = resolved(serial, "MAJOR");
        CloudEvent<RemedyDue> missing = remedyDue(serial, source, "EXCHANGE", "power-supply", "NO-POWER");
        String withoutRemedy = EventCodec.encode(missing).replace("\"remedy\":\"EXCHANGE\",", "");
        String unknownRemedy = EventCodec.encode(remedyDue(serial, source, "REPAIR", "power-supply", "NO-POWER"));

        KAFKA.publish(DeviceEvents.REMEDY_DUE.topic(), missing.subject(), withoutRemedy);
        KAFKA.publish(DeviceEvents.REMEDY_DUE.topic(), missing.subject(), unknownRemedy);

        assertThat(KAFKA.awaitRecords(DEAD_LETTERS, r -> missing.subject().equals(r.key()), 2, PATIENCE))
                .extracting(r -> r.value()).containsExactly(withoutRemedy, unknownRemedy);
        assertThat(QuarkusTransaction.requiringNew().call(() -> TicketRemedy.count("deviceSerial", serial)))
                .isZero();
        ticketsOf(serial).body("total", equalTo(1));
    }

    @Test
    void nobody_registers_a_ticket_on_the_warranty_channel() {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "%s", "description": "黑屏",
                         "faultLevel": "MAJOR", "channel": "WARRANTY",
                         "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}""".formatted(serial(), CUSTOMER_A))
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .body("errors.field", hasItem("channel"));
    }

    /** A ticket of customer-a registered by the agent; a FAULT as hardware with department and site. */
    static String registered(String serial, String kind, String level) {
        String fault = level == null ? "" : "\"faultLevel\": \"%s\", \"faultType\": \"HARDWARE\",".formatted(level);
        return given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "%s", "description": "电视无法开机",
                         "kind": "%s", %s "channel": "HOTLINE",
                         "contact": {"name": "王工", "phone": "+86 138 0000 0000", "department": "设备科",
                                     "site": "三号楼"}}""".formatted(serial, CUSTOMER_A, kind, fault))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A FAULT ticket of the device repaired and resolved, whose repair makes a remedy due. */
    static String resolved(String serial, String level) {
        String ticket = registered(serial, "FAULT", level);
        act(ticket, "{\"action\": \"ACKNOWLEDGE\"}");
        act(ticket, "{\"action\": \"DIAGNOSE\"}");
        act(ticket, """
                {"action": "RESOLVE", "resolution": {"component": "power-supply", "faultCode": "NO-POWER",
                 "faultGone": false}}""");
        return ticket;
    }

    static CloudEvent<RemedyDue> remedyDue(String serial, String source, String remedy, String component,
            String fault) {
        UUID device = UUID.nameUUIDFromBytes(serial.getBytes(StandardCharsets.UTF_8));
        Instant now = Instant.now();
        return CloudEvent.of(DeviceEvents.REMEDY_DUE, "/warranty-service", device.toString(), now, new RemedyDue(
                device, serial, CUSTOMER_A, "colour-tv", component, fault, remedy, List.of("EXCHANGE", "REFUND"), 2,
                "CN-GOODS-1995", "1995.R3", "故障 " + fault + " 已累计修理 2 次仍未修好，阈值 ≥2 次",
                "fault " + fault + " repaired 2 times in total and still failing; threshold at least 2",
                UUID.fromString(source), now));
    }

    static void publish(CloudEvent<RemedyDue> event) {
        KAFKA.publish(DeviceEvents.REMEDY_DUE, event);
    }

    static ValidatableResponse remedies(TestCaller caller, String ticket) {
        return given().auth().oauth2(caller.token())
                .when().get("/api/v1/tickets/{id}/remedies", ticket)
                .then().statusCode(200);
    }

    static ValidatableResponse ticket(TestCaller caller, String ticket) {
        return given().auth().oauth2(caller.token())
                .when().get("/api/v1/tickets/{id}", ticket)
                .then().statusCode(200);
    }

    static ValidatableResponse ticketsOf(String serial) {
        return given().auth().oauth2(TestCaller.MANAGER.token())
                .queryParam("deviceSerial", serial)
                .when().get("/api/v1/tickets")
                .then().statusCode(200);
    }

    static void awaitRemedies(String ticket, int count) {
        await().atMost(PATIENCE).until(() -> remedies(TestCaller.AGENT, ticket).extract().jsonPath()
                .getList("").size() >= count);
    }

    /** The ticket raised for a remedy on the device: the one that is not the source ticket. */
    static String awaitRaisedTicket(String serial, String source) {
        await().atMost(PATIENCE).until(() -> ticketsOf(serial).extract().jsonPath().getInt("total") == 2);
        List<String> ids = ticketsOf(serial).extract().jsonPath().getList("items.id");
        return ids.stream().filter(id -> !id.equals(source)).findFirst().orElseThrow();
    }

    static String serial() {
        return "SN-REMEDY-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
