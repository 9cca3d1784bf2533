package org.aftersales.warranty.installedbase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.EventCodec;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceReplaced;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class DeviceLifecycleTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    String device;

    @BeforeEach
    void aDeliveredDeviceOfCustomerA() {
        device = given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "SN-LIFE-%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a", "deliveryDate": "2024-07-02"}"""
                        .formatted(unique()))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
    }

    @Test
    void acceptance_is_recorded_once_and_not_before_delivery() {
        post("acceptance", TestCaller.PARTNER_A, "{\"acceptanceDate\": \"2024-07-01\"}")
                .then().statusCode(400).body("errors.field", hasItems("acceptanceDate"));
        post("acceptance", TestCaller.PARTNER_A, "{\"acceptanceDate\": \"2024-07-10\"}")
                .then().statusCode(200).body("acceptanceDate", equalTo("2024-07-10"));
        post("acceptance", TestCaller.PARTNER_A, "{\"acceptanceDate\": \"2024-07-11\"}")
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(events(DeviceEvents.ACCEPTED.type(), 1)).hasSize(1);
    }

    @Test
    void a_partner_moves_a_device_between_its_customers_and_the_old_owner_loses_sight_of_it() {
        post("transfer", TestCaller.PARTNER_A, "{\"customerOrganisation\": \"dealer-b/customer-b\"}")
                .then().statusCode(403);
        post("transfer", TestCaller.PARTNER_A, "{\"customerOrganisation\": \"dealer-a/customer-a\"}")
                .then().statusCode(400).body("errors.field", hasItems("customerOrganisation"));
        post("transfer", TestCaller.PARTNER_B, "{\"customerOrganisation\": \"dealer-b/customer-b\"}")
                .then().statusCode(404);

        post("transfer", TestCaller.PARTNER_A, "{\"customerOrganisation\": \"dealer-a/customer-a2\", \"site\": \"门诊楼 2F\"}")
                .then().statusCode(200).body("customerOrganisation", equalTo("dealer-a/customer-a2"));

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/devices/{id}", device)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/devices/{id}", device)
                .then().statusCode(200).body("site", equalTo("门诊楼 2F"));
        assertThat(events(DeviceEvents.TRANSFERRED.type(), 1)).hasSize(1);
    }

    @Test
    void an_exchanged_device_points_to_its_new_unit_whose_warranty_runs_from_the_handover() {
        String serial = "SN-NEW-" + unique();
        String body = """
                {"serialNumber": "%s", "replacedOn": "2026-11-21", "reason": "同一故障维修两次仍不能正常使用"}"""
                .formatted(serial);
        String replacement = post("replacement", TestCaller.AGENT, body)
                .then().statusCode(201)
                .body("serialNumber", equalTo(serial))
                .body("model", equalTo("PM-8000"))
                .body("acceptanceDate", equalTo("2026-11-21"))
                .extract().path("id");

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/devices/{id}", device)
                .then().statusCode(200).body("replacedByDeviceId", equalTo(replacement));
        post("replacement", TestCaller.AGENT, body.replace(serial, serial + "-2")).then().statusCode(409);
        List<ConsumerRecord<String, String>> replaced = events(DeviceEvents.REPLACED.type(), 1);
        DeviceReplaced event = EventCodec.payload(EventCodec.decode(replaced.get(0).value()), DeviceEvents.REPLACED);
        assertThat(event.replacementDeviceId()).hasToString(replacement);
    }

    @ParameterizedTest
    @CsvSource({"acceptance, {\"acceptanceDate\": \"2024-07-10\"}",
        "transfer, '{\"customerOrganisation\": \"dealer-a/customer-a2\"}'",
        "replacement, '{\"serialNumber\": \"X-1\", \"replacedOn\": \"2026-11-21\", \"reason\": \"r\"}'"})
    void customers_do_not_change_devices(String command, String body) {
        post(command, TestCaller.CUSTOMER_A, body).then().statusCode(403);
    }

    io.restassured.response.Response post(String command, TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/devices/{id}/" + command, device);
    }

    List<ConsumerRecord<String, String>> events(String type, int count) {
        return KAFKA.awaitRecords(DeviceEvents.REGISTERED.topic(),
                r -> device.equals(r.key()) && type.equals(EventCodec.decode(r.value()).type()), count,
                Duration.ofSeconds(60));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
