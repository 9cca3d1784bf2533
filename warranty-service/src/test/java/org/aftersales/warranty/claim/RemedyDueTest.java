package org.aftersales.warranty.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.RemedyDue;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Resolved tickets from the real broker: the second failed repair of the same fault makes an exchange or refund due
 * (1995 rule, the device's product category colour-tv and price) and publishes {@code aftersales.device.remedy-due.v1}
 * once; a third failed repair does not publish again.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class RemedyDueTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    EntityManager entityManager;

    @Test
    void two_failed_repairs_make_one_remedy_due_and_a_third_publishes_no_second() {
        Instant now = Instant.now();
        String serial = serial();
        String device = register(serial, LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(120));
        // All of this test's events share one key, so the service consumes them in the order sent.
        String key = "remedy-due-test-" + serial;

        send(key, resolved(serial, now.minus(Duration.ofDays(20)), false));
        UUID second = send(key, resolved(serial, now.minus(Duration.ofDays(10)), false));

        List<ConsumerRecord<String, String>> due = KAFKA.awaitRecords(DeviceEvents.REMEDY_DUE.topic(),
                r -> remedyDueOf(r, device), 1, PATIENCE);
        RemedyDue event = EventCodec.payload(EventCodec.decode(due.getFirst().value()), DeviceEvents.REMEDY_DUE);
        assertThat(event.deviceId()).hasToString(device);
        assertThat(event.deviceSerial()).isEqualTo(serial);
        assertThat(event.customerOrganisation()).isEqualTo("dealer-a/customer-a");
        assertThat(event.product()).isEqualTo("colour-tv");
        assertThat(event.component()).isEqualTo("power-supply");
        assertThat(event.faultCode()).isEqualTo("NO-POWER");
        // the new unit (3999.00) is worth more than the refund less depreciation
        assertThat(event.remedy()).isEqualTo("EXCHANGE");
        assertThat(event.options()).containsExactly("REFUND", "EXCHANGE");
        assertThat(event.repairsCounted()).isEqualTo(2);
        assertThat(event.policyId()).isEqualTo("CN-GOODS-1995");
        assertThat(event.ruleId()).isEqualTo("1995.R3");
        assertThat(event.reasonZh()).contains("修理 2 次");
        assertThat(event.reasonEn()).contains("repaired 2 times");
        assertThat(event.ticketId()).isEqualTo(second);

        // A third failed repair, then a marker behind it on the same key: a new device whose first failure falls in
        // the 7-day early-fault window (1995.R1), which makes its own remedy due.
        send(key, resolved(serial, now.minus(Duration.ofDays(5)), false));
        String markerSerial = serial();
        String marker = register(markerSerial, LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2));
        send(key, resolved(markerSerial, now.minus(Duration.ofHours(30)), false));
        ConsumerRecord<String, String> markerDue = KAFKA.awaitRecords(DeviceEvents.REMEDY_DUE.topic(),
                r -> remedyDueOf(r, marker), 1, PATIENCE).getFirst();
        assertThat(EventCodec.payload(EventCodec.decode(markerDue.value()), DeviceEvents.REMEDY_DUE).ruleId()).isEqualTo("1995.R1");

        await().atMost(PATIENCE).until(() -> historyOf(device).size() == 3);
        assertThat(KAFKA.readAll(DeviceEvents.REMEDY_DUE.topic(), PATIENCE).stream()
                .filter(r -> remedyDueOf(r, device)))
                .hasSize(1);
        assertThat(outboxRemedyDue(device)).isEqualTo(1);
    }

    @Test
    void repairs_that_removed_the_fault_or_of_unknown_serials_publish_nothing() {
        Instant now = Instant.now();
        String serial = serial();
        String device = register(serial, LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(120));
        String key = "remedy-due-test-" + serial;
        send(key, resolved(serial, now.minus(Duration.ofDays(20)), true));
        send(key, resolved(serial, now.minus(Duration.ofDays(10)), true));
        send(key, resolved("SN-UNKNOWN-" + UUID.randomUUID(), now.minus(Duration.ofDays(9)), false));
        send(key, resolved("SN-UNKNOWN-" + UUID.randomUUID(), now.minus(Duration.ofDays(8)), false));
        String markerSerial = serial();
        String marker = register(markerSerial, LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2));
        send(key, resolved(markerSerial, now.minus(Duration.ofHours(30)), false));

        KAFKA.awaitRecords(DeviceEvents.REMEDY_DUE.topic(), r -> remedyDueOf(r, marker), 1, PATIENCE);
        assertThat(historyOf(device)).hasSize(2);
        assertThat(outboxRemedyDue(device)).isZero();
        assertThat(KAFKA.readAll(DeviceEvents.REMEDY_DUE.topic(), PATIENCE).stream().filter(r -> remedyDueOf(r, device))).isEmpty();
    }

    static boolean remedyDueOf(ConsumerRecord<String, String> record, String device) {
        return record.key().equals(device) && EventCodec.decode(record.value()).type().equals(DeviceEvents.REMEDY_DUE.type());
    }

    long outboxRemedyDue(String device) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where aggregateid = ?1 and type = ?2")
                .setParameter(1, device).setParameter(2, DeviceEvents.REMEDY_DUE.type())
                .getSingleResult()).longValue();
    }

    static String serial() {
        return "SN-REMEDY-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String register(String serial, LocalDate invoice) {
        return given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "%s", "model": "TV-55", "brand": "长虹",
                         "customerOrganisation": "dealer-a/customer-a", "invoiceDate": "%s",
                         "productCategory": "colour-tv", "price": 3999.00}""".formatted(serial, invoice))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
    }

    static CloudEvent<TicketResolved> resolved(String serial, Instant start, boolean faultGone) {
        UUID ticket = UUID.randomUUID();
        Instant end = start.plus(Duration.ofHours(6));
        return CloudEvent.of(TicketEvents.RESOLVED, "/ticket-service", ticket.toString(), end,
                new TicketResolved(ticket, "dealer-a/customer-a", serial, "power-supply", "NO-POWER", start, end,
                        List.of("PSU-220V-01"), faultGone, "engineer", null, null, null, null));
    }

    static UUID send(String key, CloudEvent<TicketResolved> event) {
        KAFKA.publish(TicketEvents.RESOLVED.topic(), key, EventCodec.encode(event));
        return event.data().ticketId();
    }

    static List<JsonNode> historyOf(String device) {
        return given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/devices/{id}/history", device)
                .then().statusCode(200)
                .extract().jsonPath().getList("repairs", JsonNode.class);
    }
}
