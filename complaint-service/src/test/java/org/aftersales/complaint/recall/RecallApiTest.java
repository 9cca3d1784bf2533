package org.aftersales.complaint.recall;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.aftersales.complaint.handling.Complaints;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.events.recall.RecallCustomerNotice;
import org.aftersales.events.recall.RecallEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class RecallApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final int DEVICES = 10_000;
    static final int CUSTOMERS = 40;

    /** Device i: customer i % 40, lot A, B, C or D by i % 4, model PM-9000 when i % 3 == 0. */
    static void installedBase(String run) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                        insert into known_device (device_id, serial_number, model, brand, lot_number,
                                                  customer_organisation, site)
                        select gen_random_uuid(), ?1 || '-SN-' || i, case when i % 3 = 0 then 'PM-9000' else 'PM-8000' end,
                               'Acme', ?1 || '-LOT-' || chr(65 + i % 4), 'dealer-r/c' || (i % ?3), null
                        from generate_series(0, ?2 - 1) as i""")
                .setParameter(1, run).setParameter(2, DEVICES).setParameter(3, CUSTOMERS).executeUpdate());
    }

    static String recall(String lots, String models, String complaint) {
        return """
                {"lotNumbers": %s, "models": %s, "reason": "电源板电容批次缺陷", "remedy": "免费更换电源板",
                 "deadline": "%s"%s}""".formatted(lots, models, Instant.now().plus(Duration.ofDays(1)),
                complaint == null ? "" : ", \"complaintId\": \"" + complaint + "\"");
    }

    @Test
    void a_recall_over_10000_devices_finds_exactly_the_affected_lots_and_notifies_each_customer_once() {
        String run = "R" + UUID.randomUUID().toString().substring(0, 8);
        installedBase(run);
        List<Integer> affected = IntStream.range(0, DEVICES).filter(i -> i % 4 < 2 && i % 3 == 0).boxed().toList();
        Set<String> customers = new HashSet<>();
        affected.forEach(i -> customers.add("dealer-r/c" + (i % CUSTOMERS)));

        String id = given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(recall("[\"%1$s-LOT-A\", \"%1$s-LOT-B\"]".formatted(run), "[\"PM-9000\"]", null))
                .when().post("/api/v1/recalls")
                .then().statusCode(201).body("affectedDevices", equalTo(affected.size()))
                .body("affectedCustomers", equalTo(customers.size()))
                .body("notified", equalTo(affected.size()))
                .extract().path("id");

        var notices = KAFKA.awaitRecords(RecallEvents.STARTED.topic(), r -> id.equals(r.key())
                && EventCodec.decode(r.value()).type().equals(RecallEvents.CUSTOMER_NOTICE.type()),
                customers.size(), PATIENCE);
        Map<String, Integer> devicesByCustomer = new HashMap<>();
        Set<String> serials = new HashSet<>();
        for (var record : notices) {
            RecallCustomerNotice notice = EventCodec.payload(EventCodec.decode(record.value()),
                    RecallEvents.CUSTOMER_NOTICE);
            assertThat(devicesByCustomer.put(notice.customerOrganisation(), notice.devices().size())).isNull();
            notice.devices().forEach(d -> {
                assertThat(serials.add(d.serial())).isTrue();
                assertThat(d.model()).isEqualTo("PM-9000");
                assertThat(d.lotNumber()).isIn(run + "-LOT-A", run + "-LOT-B");
            });
        }
        assertThat(devicesByCustomer.keySet()).isEqualTo(customers);
        assertThat(serials).hasSize(affected.size())
                .isEqualTo(new HashSet<>(affected.stream().map(i -> run + "-SN-" + i).toList()));
        // Once only: the whole topic holds one start and one notice per customer for this recall.
        var all = KAFKA.readAll(RecallEvents.STARTED.topic(), PATIENCE).stream()
                .filter(r -> id.equals(r.key())).toList();
        assertThat(all).hasSize(1 + customers.size());
        given().auth().oauth2(TestCaller.QUALITY.token()).queryParam("size", 10)
                .when().get("/api/v1/recalls/{id}/devices", id).then().statusCode(200)
                .body("total", equalTo(affected.size())).body("items.size()", equalTo(10));
    }

    @Test
    void devices_are_fixed_collected_or_refused_and_the_share_done_is_published_until_closing() {
        String run = "P" + UUID.randomUUID().toString().substring(0, 8);
        UUID deviceId = UUID.randomUUID();
        CloudEvent<DeviceRegistered> registered = CloudEvent.of(DeviceEvents.REGISTERED, "/warranty-service",
                deviceId.toString(), Instant.now(), new DeviceRegistered(deviceId, run + "-SN-1", "PM-9000", "Acme",
                        run + "-LOT", 1, "dealer-a/customer-a", "ICU", LocalDate.now(), null, null, Instant.now()));
        KAFKA.publish(DeviceEvents.REGISTERED, registered);
        KAFKA.publish(DeviceEvents.REGISTERED, registered);
        String body = recall("[\"" + run + "-LOT\"]", "[\"PM-9000\"]", null);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) Panache
                .getEntityManager().createNativeQuery("select count(*) from known_device where lot_number = ?1")
                .setParameter(1, run + "-LOT").getSingleResult()).intValue()) == 1);

        String id = given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recalls").then().statusCode(201).body("affectedDevices", equalTo(1))
                .extract().path("id");
        update(id, deviceId, "{\"state\": \"NOTIFIED\"}").then().statusCode(400).body("errors.field", hasItem("state"));
        update(id, UUID.randomUUID(), "{\"state\": \"FIXED\"}").then().statusCode(404);
        update(id, deviceId, "{\"state\": \"FIXED\", \"note\": \"现场更换电源板\"}").then().statusCode(200)
                .body("state", equalTo("FIXED")).body("changedBy", equalTo("manager"));
        update(id, deviceId, "{\"state\": \"REFUSED\"}").then().statusCode(409);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/recalls/{id}", id).then()
                .statusCode(200).body("done", equalTo(1)).body("percentDone", equalTo(100.0f));
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"reason\": \"全部完成\"}").when().post("/api/v1/recalls/{id}/closing", id)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"reason\": \"again\"}").when().post("/api/v1/recalls/{id}/closing", id)
                .then().statusCode(409);
        update(id, deviceId, "{\"state\": \"COLLECTED\"}").then().statusCode(409);
        var types = KAFKA.awaitRecords(RecallEvents.STARTED.topic(), r -> id.equals(r.key()), 4, PATIENCE).stream()
                .map(r -> EventCodec.decode(r.value()).type()).toList();
        assertThat(types).containsExactly(RecallEvents.STARTED.type(), RecallEvents.CUSTOMER_NOTICE.type(),
                RecallEvents.PROGRESS.type(), RecallEvents.CLOSED.type());
    }

    @Test
    void a_recall_starts_from_a_serious_quality_complaint_with_its_batch_and_links_back() {
        Complaints general = Complaints.registered();
        Complaints serious = Complaints.register(TestCaller.AGENT,
                Complaints.VALID.replace("\"category\": \"PRODUCT_QUALITY\"",
                        "\"category\": \"PRODUCT_QUALITY\", \"severity\": \"SERIOUS\""));

        start(TestCaller.MANAGER, recall("[\"LOT-2026-07\"]", "[\"PM-9000\"]", general.id)).then().statusCode(409);
        start(TestCaller.MANAGER, recall("[\"LOT-2026-07\"]", "[\"PM-9000\"]", UUID.randomUUID().toString()))
                .then().statusCode(400).body("errors.field", hasItem("complaintId"));
        String id = start(TestCaller.MANAGER, recall("[\"LOT-2026-07\"]", "[\"PM-9000\"]", serious.id))
                .then().statusCode(201).body("complaintId", equalTo(serious.id)).extract().path("id");
        given().auth().oauth2(TestCaller.QUALITY.token()).queryParam("complaintId", serious.id)
                .when().get("/api/v1/recalls").then().statusCode(200).body("id", equalTo(List.of(id)));
    }

    @Test
    void bad_input_roles_and_unknown_recalls() {
        start(TestCaller.MANAGER, recall("[]", "[\"PM-9000\"]", null)).then().statusCode(400)
                .body("errors.field", hasItem("lotNumbers"));
        start(TestCaller.MANAGER, recall("[\"L\"]", "[\"PM-9000\"]", null).replaceFirst("\"deadline\": \"[^\"]+\"",
                "\"deadline\": \"2020-01-01T00:00:00Z\"")).then().statusCode(400).body("errors.field",
                hasItem("deadline"));
        start(TestCaller.MANAGER, recall("[\"L\"]", "[\"PM-9000\"]", null).replace("}", ", \"status\": \"X\"}"))
                .then().statusCode(400).body("errors.field", hasItem("status"));
        start(TestCaller.AGENT, recall("[\"L\"]", "[\"PM-9000\"]", null)).then().statusCode(403);
        start(TestCaller.CUSTOMER_A, recall("[\"L\"]", "[\"PM-9000\"]", null)).then().statusCode(403);
        given().contentType(ContentType.JSON).body(recall("[\"L\"]", "[\"PM-9000\"]", null))
                .when().post("/api/v1/recalls").then().statusCode(401);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/recalls").then().statusCode(403);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/recalls/{id}", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("complaintId", "x")
                .when().get("/api/v1/recalls").then().statusCode(400);
    }

    static io.restassured.response.Response start(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recalls");
    }

    static io.restassured.response.Response update(String recall, UUID device, String body) {
        return given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recalls/{id}/devices/{d}", recall, device);
    }
}
