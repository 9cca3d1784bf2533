package org.aftersales.warranty.installedbase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.events.EventCodec;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class DeviceRegistrationTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    static String device(String serial, String organisation) {
        return """
                {"serialNumber": "%s", "model": "PM-8000", "brand": "迈瑞", "lotNumber": "L2024-07",
                 "customerOrganisation": "%s", "site": "住院部 3F ICU",
                 "invoiceDate": "2024-06-28", "deliveryDate": "2024-07-02", "acceptanceDate": "2024-07-10"}"""
                .formatted(serial, organisation);
    }

    static String uniqueSerial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 13);
    }

    @Test
    void a_partner_registers_a_device_of_its_customer_and_the_event_is_published() {
        String serial = uniqueSerial();
        String id = given().auth().oauth2(TestCaller.PARTNER_A.token())
                .contentType(ContentType.JSON).body(device(serial, "dealer-a/customer-a").replace("{\"serialNumber\"",
                        "{\"components\": [{\"name\": \"compressor\", \"warrantyPeriod\": \"P5Y\"}], \"serialNumber\""))
                .when().post("/api/v1/devices")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/devices/[0-9a-f-]{36}"))
                .body("serialNumber", equalTo(serial))
                .body("quantity", equalTo(1))
                .body("acceptanceDate", equalTo("2024-07-10"))
                .body("registeredBy", equalTo("partner-a"))
                .body("components[0].name", equalTo("compressor"))
                .body("components[0].warrantyPeriod", equalTo("P5Y"))
                .extract().path("id");

        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/devices/{id}", id)
                .then().statusCode(200)
                .body("site", equalTo("住院部 3F ICU"));
        var record = KAFKA.awaitRecords(DeviceEvents.REGISTERED.topic(), r -> id.equals(r.key()), 1, Duration.ofSeconds(60))
                .get(0);
        DeviceRegistered event = EventCodec.payload(EventCodec.decode(record.value()), DeviceEvents.REGISTERED);
        assertThat(event.serialNumber()).isEqualTo(serial);
        assertThat(event.customerOrganisation()).isEqualTo("dealer-a/customer-a");
    }

    @Test
    void a_serial_number_is_registered_once() {
        String body = device(uniqueSerial(), "dealer-a/customer-a");
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/devices").then().statusCode(201);

        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/devices")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("serialNumber"));
    }

    static Stream<Arguments> invalidDevices() {
        String valid = device("SN-INVALID", "dealer-a/customer-a");
        return Stream.of(
                Arguments.of("missing model", valid.replace("\"model\": \"PM-8000\",", ""), "model"),
                Arguments.of("bad organisation", valid.replace("dealer-a/customer-a", "Dealer A"), "customerOrganisation"),
                Arguments.of("bad date", valid.replace("2024-06-28", "28.06.2024"), "invoiceDate"),
                Arguments.of("zero quantity", valid.replace("\"lotNumber\"", "\"quantity\": 0, \"lotNumber\""), "quantity"),
                Arguments.of("accepted before delivery", valid.replace("2024-07-10", "2024-07-01"), "acceptedAfterDelivery"),
                Arguments.of("client-set id", valid.replace("{\"serialNumber\"", "{\"id\": \"x\", \"serialNumber\""), "id"),
                Arguments.of("malformed JSON", "{\"serialNumber\":", "body"),
                Arguments.of("component without a name", valid.replace("{\"serialNumber\"",
                        "{\"components\": [{\"serialNumber\": \"C-1\"}], \"serialNumber\""), "components[0].name"),
                Arguments.of("component period not ISO", valid.replace("{\"serialNumber\"",
                        "{\"components\": [{\"name\": \"psu\", \"warrantyPeriod\": \"5 years\"}], \"serialNumber\""),
                        "components[0].warrantyPeriod"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDevices")
    void an_invalid_device_is_400_naming_the_field_and_stores_nothing(String name, String body, String field) {
        long before = QuarkusTransaction.requiringNew().call(() -> Device.count());
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/devices")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(field));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Device.count())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "ENGINEER", "PARTS_CLERK", "QUALITY"})
    void other_roles_may_not_register_devices(TestCaller caller) {
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(device(uniqueSerial(), "dealer-a/customer-a"))
                .when().post("/api/v1/devices")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void a_partner_may_not_register_for_another_partners_customer_nor_see_its_devices() {
        given().auth().oauth2(TestCaller.PARTNER_B.token()).contentType(ContentType.JSON)
                .body(device(uniqueSerial(), "dealer-a/customer-a"))
                .when().post("/api/v1/devices")
                .then().statusCode(403);
        String serial = uniqueSerial();
        String id = given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(device(serial, "dealer-a/customer-a"))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");

        for (TestCaller stranger : new TestCaller[] {TestCaller.PARTNER_B, TestCaller.CUSTOMER_B}) {
            given().auth().oauth2(stranger.token()).when().get("/api/v1/devices/{id}", id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(stranger.token()).when().get("/api/v1/devices?serialNumber={s}", serial)
                    .then().statusCode(200).body("total", equalTo(0));
        }
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/devices?serialNumber={s}", serial)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().when().get("/api/v1/devices/{id}", id).then().statusCode(401);
    }
}
