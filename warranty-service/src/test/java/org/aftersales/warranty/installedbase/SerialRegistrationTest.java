package org.aftersales.warranty.installedbase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.aftersales.events.EventCodec;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ADR 0028: a serial registered by one partner neither shows to another partner nor lets it block the serial. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class SerialRegistrationTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    static String serial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static ExtractableResponse<Response> register(TestCaller caller, String serial, String organisation) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body(DeviceRegistrationTest.device(serial, organisation))
                .when().post("/api/v1/devices").then().extract();
    }

    /** What an answer tells the caller, without the parts that are fresh each time (ids, times, the serial). */
    static Map<String, Object> shape(ExtractableResponse<Response> answer) {
        Map<String, Object> body = new TreeMap<>(answer.jsonPath().getMap(""));
        body.remove("id");
        body.remove("serialNumber");
        body.remove("registeredAt");
        body.put("status", answer.statusCode());
        body.put("location", answer.header("Location") != null);
        return body;
    }

    static long events(String deviceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Device.getEntityManager()
                .createNativeQuery("select count(*) from outbox_event where aggregateid = ?1")
                .setParameter(1, deviceId).getSingleResult()).longValue());
    }

    @ParameterizedTest(name = "partner-b registering a serial {0}")
    @CsvSource({"partner-a holds", "nobody holds"})
    void partner_b_gets_the_same_answers_whether_or_not_partner_a_holds_the_serial(String held) {
        String serial = serial();
        if (held.equals("partner-a holds")) {
            register(TestCaller.PARTNER_A, serial, "dealer-a/customer-a").response().then().statusCode(201);
        }
        String fresh = serial();
        ExtractableResponse<Response> probe = register(TestCaller.PARTNER_B, serial, "dealer-b/customer-b");
        ExtractableResponse<Response> control = register(TestCaller.PARTNER_B, fresh, "dealer-b/customer-b");
        assertThat(shape(probe)).isEqualTo(shape(control));
        assertThat(probe.statusCode()).isEqualTo(201);

        String id = probe.path("id");
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/devices/{id}", id)
                .then().statusCode(200).body("customerOrganisation", equalTo("dealer-b/customer-b"))
                .body("serialNumber", equalTo(serial));
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/devices?serialNumber={s}", serial)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].customerOrganisation", equalTo("dealer-b/customer-b"));
        // Registering it again is the 409 of a serial the caller holds itself, in either case.
        register(TestCaller.PARTNER_B, serial, "dealer-b/customer-b").response().then().statusCode(409);
        // partner-a's device is untouched and still the only one partner-a sees.
        if (held.equals("partner-a holds")) {
            given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/devices?serialNumber={s}", serial)
                    .then().body("total", equalTo(1)).body("items[0].customerOrganisation", equalTo("dealer-a/customer-a"));
            assertThat(events(id)).as("a pending claim publishes nothing").isZero();
        } else {
            assertThat(events(id)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "a CSV row of a serial {0}")
    @CsvSource({"partner-a holds", "nobody holds"})
    void a_csv_import_answers_the_same_whether_or_not_partner_a_holds_a_serial(String held) {
        String serial = serial();
        if (held.equals("partner-a holds")) {
            register(TestCaller.PARTNER_A, serial, "dealer-a/customer-a").response().then().statusCode(201);
        }
        String csv = "serialNumber,model,brand,customerOrganisation\n" + serial + ",PM-8000,迈瑞,dealer-b/customer-b\n"
                + serial() + ",PM-8000,迈瑞,dealer-b/customer-b\n";
        JsonPath report = given().auth().oauth2(TestCaller.PARTNER_B.token()).contentType("text/csv; charset=UTF-8")
                .body(csv).when().post("/api/v1/devices/import?mode=ALL_OR_NOTHING")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("imported")).isEqualTo(2);
        assertThat(report.getList("rejected")).isEmpty();
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/devices?serialNumber={s}", serial)
                .then().body("total", equalTo(1)).body("items[0].customerOrganisation", equalTo("dealer-b/customer-b"));
    }

    @Test
    void partner_b_registering_first_does_not_block_partner_a_and_staff_give_the_serial_to_its_owner() {
        String serial = serial();
        String squatter = register(TestCaller.PARTNER_B, serial, "dealer-b/customer-b").path("id");
        ExtractableResponse<Response> owner = register(TestCaller.PARTNER_A, serial, "dealer-a/customer-a");
        assertThat(owner.statusCode()).isEqualTo(201);
        String claim = owner.path("id");

        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/registration-claims")
                .then().statusCode(200).body("claim.id", hasItem(claim));
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"decision\": \"CONFIRMED\", \"reason\": \"delivery note 2024-07-02 names customer-a\"}")
                .when().post("/api/v1/registration-claims/{id}/resolution", claim)
                .then().statusCode(200).body("claim.id", equalTo(claim)).body("registered.id", equalTo(squatter));

        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/devices/{id}", squatter)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/devices/{id}", claim)
                .then().statusCode(200);
        var record = KAFKA.awaitRecords(DeviceEvents.REGISTERED.topic(), r -> claim.equals(r.key()), 1,
                Duration.ofSeconds(60)).get(0);
        DeviceRegistered event = EventCodec.payload(EventCodec.decode(record.value()), DeviceEvents.REGISTERED);
        assertThat(event.customerOrganisation()).isEqualTo("dealer-a/customer-a");
        assertThat(event.serialNumber()).isEqualTo(serial);
        // The serial is registered once again: the superseded device is out, the claim is no longer pending.
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/registration-claims")
                .then().body("claim.id", not(hasItem(claim)));
        register(TestCaller.AGENT, serial, "dealer-a/customer-a").response().then().statusCode(409);
    }

    @Test
    void a_rejected_claim_leaves_the_installed_base() {
        String serial = serial();
        register(TestCaller.PARTNER_A, serial, "dealer-a/customer-a").response().then().statusCode(201);
        String claim = register(TestCaller.PARTNER_B, serial, "dealer-b/customer-b").path("id");
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"decision\": \"REJECTED\", \"reason\": \"not a unit dealer-b sold\"}")
                .when().post("/api/v1/registration-claims/{id}/resolution", claim)
                .then().statusCode(200).body("claim.id", equalTo(claim));
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/devices/{id}", claim)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/devices?serialNumber={s}", serial)
                .then().body("total", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no reason            | MANAGER   | pending | {"decision": "REJECTED"}                         | 400
            unknown decision     | MANAGER   | pending | {"decision": "MAYBE", "reason": "x"}             | 400
            not a pending claim  | MANAGER   | held    | {"decision": "REJECTED", "reason": "x"}          | 404
            no such device       | MANAGER   | none    | {"decision": "REJECTED", "reason": "x"}          | 404
            a partner            | PARTNER_A | pending | {"decision": "CONFIRMED", "reason": "mine"}      | 403
            an agent             | AGENT     | pending | {"decision": "CONFIRMED", "reason": "x"}         | 403
            """)
    void resolving_a_claim_is_for_managers_with_a_decision_and_a_reason(String name, TestCaller caller, String target,
            String body, int status) {
        String serial = serial();
        String held = register(TestCaller.PARTNER_A, serial, "dealer-a/customer-a").path("id");
        String pending = register(TestCaller.PARTNER_B, serial, "dealer-b/customer-b").path("id");
        String id = switch (target) {
            case "pending" -> pending;
            case "held" -> held;
            default -> UUID.randomUUID().toString();
        };
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registration-claims/{id}/resolution", id)
                .then().statusCode(status).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/devices/{id}", pending)
                .then().statusCode(200);
    }
}
