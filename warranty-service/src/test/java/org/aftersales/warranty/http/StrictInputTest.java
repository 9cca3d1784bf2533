package org.aftersales.warranty.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input is a 400 (or 415) problem naming the field, and stores nothing. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class StrictInputTest {

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/api/v1/devices")
    URI devices;

    static String serial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A valid device with one field replaced by a raw JSON value. */
    static String device(String serial, String field, String value) {
        return """
                {"serialNumber": "%s", "model": "PM-8000", "brand": "迈瑞", "lotNumber": "L2024-07", "quantity": 1,
                 "customerOrganisation": "dealer-a/customer-a", "site": "ICU", "invoiceDate": "2024-06-28",
                 "deliveryDate": "2024-07-02", "acceptanceDate": "2024-07-10"}"""
                .formatted(serial)
                .replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\d+)", "\"" + field + "\": " + value.replace("\\", "\\\\"));
    }

    long devices(String serial) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from device where serial_number like ?1")
                .setParameter(1, serial + "%").getSingleResult()).longValue());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            model          | "PM\\u00008000"
            site           | "ICU \\u0000"
            brand          | "\\ud83d"
            model          | true
            site           | 12
            lotNumber      | ["L1"]
            quantity       | 1.5
            quantity       | "2"
            invoiceDate    | 20240628
            invoiceDate    | "0000-01-01"
            invoiceDate    | "+999999999-12-31"
            invoiceDate    | "-999999999-01-01"
            invoiceDate    | "+10000-01-01"
            deliveryDate   | ""
            acceptanceDate | []
            """)
    void a_field_of_the_wrong_type_or_out_of_range_answers_400_naming_it_and_stores_nothing(String field,
            String value) {
        String serial = serial();
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(device(serial, field, value))
                .when().post("/api/v1/devices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(devices(serial)).isZero();
    }

    @Test
    void a_nul_in_the_serial_number_answers_400_and_stores_nothing() {
        String serial = serial();
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(device(serial, "serialNumber", "\"" + serial + "\\u0000\""))
                .when().post("/api/v1/devices")
                .then().statusCode(400).body("errors[0].field", equalTo("serialNumber"));
        assertThat(devices(serial)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "10000-01-01T00:00:00Z"})
    void a_claim_made_at_an_absurd_instant_answers_400_naming_claimed_at(String claimedAt) {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceId": "%s", "productCategory": "colour-tv", "price": 3999.00,
                         "fault": {"code": "NO-PICTURE"}, "claimedAt": "%s"}""".formatted(UUID.randomUUID(), claimedAt))
                .when().post("/api/v1/claims")
                .then().statusCode(400).body("errors.field", hasItem("claimedAt"));
    }

    @Test
    void a_nul_in_a_query_parameter_answers_400_naming_it() {
        given().auth().oauth2(TestCaller.AGENT.token()).urlEncodingEnabled(false)
                .when().get("/api/v1/devices?serialNumber=SN%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("serialNumber"));
    }

    @Test
    void a_nul_in_a_path_id_answers_400_naming_it() {
        given().auth().oauth2(TestCaller.MANAGER.token()).urlEncodingEnabled(false)
                .when().get("/api/v1/commitments/standard%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void a_body_without_content_type_answers_415_and_stores_nothing() throws Exception {
        String serial = serial();
        HttpResponse<String> response = send(HttpRequest.newBuilder(devices)
                .header("Authorization", "Bearer " + TestCaller.AGENT.token())
                .POST(HttpRequest.BodyPublishers.ofString(device(serial, "site", "\"ICU\""))));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(devices(serial)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"application/json; charset=ISO-8859-1", "application/json; charset=UTF-16", "application/json;;=="})
    void a_body_in_another_charset_answers_415_and_stores_nothing(String contentType) {
        String serial = serial();
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(contentType)
                .body(device(serial, "site", "\"ICU\"").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .when().post("/api/v1/devices")
                .then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
        assertThat(devices(serial)).isZero();
    }

    @Test
    void a_body_declared_as_utf_8_is_read() {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType("application/json; charset=UTF-8")
                .body(device(serial(), "site", "\"住院部\""))
                .when().post("/api/v1/devices")
                .then().statusCode(201).body("site", equalTo("住院部"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
