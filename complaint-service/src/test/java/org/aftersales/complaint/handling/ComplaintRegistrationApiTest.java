package org.aftersales.complaint.handling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.events.EventCodec;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.events.complaint.ComplaintReceived;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ComplaintRegistrationApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @Test
    void a_complaint_is_registered_with_its_record_number_and_published() {
        Complaints complaint = Complaints.registered();

        complaint.read(TestCaller.PARTNER_A).then().statusCode(200)
                .body("recordNumber", matchesPattern("TS-\\d{4}-\\d{6}"))
                .body("customerOrganisation", equalTo("dealer-a/customer-a"))
                .body("complainant.occupation", equalTo("护士长"))
                .body("product.lotNumber", equalTo("LOT-2026-07"))
                .body("product.quantity", equalTo(3))
                .body("circumstances.storage", equalTo("库房常温"))
                .body("status", equalTo("RECEIVED"))
                .body("severity", equalTo("GENERAL"))
                .body("escalationLevel", equalTo("AGENT"))
                .body("receivedBy", equalTo("customer-a"));
        var record = KAFKA.awaitRecords(ComplaintEvents.RECEIVED.topic(), r -> complaint.id.equals(r.key()), 1,
                Duration.ofSeconds(60)).get(0);
        ComplaintReceived received = EventCodec.payload(EventCodec.decode(record.value()), ComplaintEvents.RECEIVED);
        assertThat(received.lotNumber()).isEqualTo("LOT-2026-07");
        assertThat(received.complainant().phone()).isEqualTo("+86 139 0000 0001");
    }

    @Test
    void a_complaint_through_a_regulator_is_serious_and_starts_with_quality() {
        Complaints complaint = Complaints.register(TestCaller.AGENT,
                Complaints.VALID.replace("\"PHONE\"", "\"REGULATOR\""));

        complaint.read(TestCaller.CUSTOMER_A).then().statusCode(200)
                .body("severity", equalTo("SERIOUS")).body("regulatorInvolved", equalTo(true))
                .body("escalationLevel", equalTo("QUALITY"));
    }

    @Test
    void a_walk_in_complaint_has_no_organisation_and_only_vendor_staff_see_it() {
        Complaints complaint = Complaints.register(TestCaller.AGENT,
                Complaints.VALID.replace("\"customerOrganisation\": \"dealer-a/customer-a\",", ""));

        complaint.read(TestCaller.AGENT).then().statusCode(200).body("customerOrganisation", nullValue());
        complaint.read(TestCaller.CUSTOMER_A).then().statusCode(404);
    }

    @Test
    void a_customer_leaving_out_the_organisation_complains_for_their_own() {
        Complaints complaint = Complaints.register(TestCaller.CUSTOMER_B,
                Complaints.VALID.replace("\"customerOrganisation\": \"dealer-a/customer-a\",", ""));

        complaint.read(TestCaller.CUSTOMER_B).then().statusCode(200)
                .body("customerOrganisation", equalTo("dealer-b/customer-b"));
        complaint.read(TestCaller.CUSTOMER_A).then().statusCode(404);
        complaint.read(TestCaller.PARTNER_A).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no reason                | \"reason\": \"同一批次三台开机黑屏\",          | \"reason\": \" \",        | reason",
        "unknown field            | \"channel\": \"PHONE\"                     | \"channel\": \"PHONE\", \"status\": \"CLOSED\" | status",
        "unknown channel          | \"channel\": \"PHONE\"                     | \"channel\": \"FAX\"      | channel",
        "bad organisation         | \"dealer-a/customer-a\"                   | \"Dealer A\"              | customerOrganisation",
        "bad email                | \"li@example.com\"                        | \"li-at-example\"         | complainant.email",
        "negative quantity        | \"quantity\": 3                           | \"quantity\": -1          | product.quantity",
        "no way to reach          | \"phone\": \"+86 139 0000 0001\", \"email\": \"li@example.com\", | | complainant.phone",
    })
    void bad_input_is_400_naming_the_field_and_stores_nothing(String name, String from, String to, String field) {
        long before = given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/complaints")
                .then().extract().jsonPath().getLong("total");
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body(Complaints.VALID.replace(from, to == null ? "" : to))
                .when().post("/api/v1/complaints")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/complaints")
                .then().body("total", equalTo((int) before));
    }

    @Test
    void who_may_register_and_read() {
        given().contentType(ContentType.JSON).body(Complaints.VALID).when().post("/api/v1/complaints")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON).body(Complaints.VALID)
                .when().post("/api/v1/complaints").then().statusCode(403);
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).contentType(ContentType.JSON).body(Complaints.VALID)
                .when().post("/api/v1/complaints").then().statusCode(403);
        Complaints complaint = Complaints.registered();
        complaint.read(TestCaller.CUSTOMER_B).then().statusCode(404).contentType("application/problem+json");
        complaint.read(TestCaller.PARTNER_B).then().statusCode(404);
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).queryParam("size", 100)
                .when().get("/api/v1/complaints").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(complaint.id)));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("page", "x")
                .when().get("/api/v1/complaints").then().statusCode(400).body("errors.field", hasItem("page"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("status", "LOST")
                .when().get("/api/v1/complaints").then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void concurrent_registrations_take_consecutive_numbers_without_gaps_or_twins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> registrations = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            registrations.add(() -> Complaints.registered().read(TestCaller.AGENT).path("recordNumber"));
        }
        List<Integer> numbers = new ArrayList<>();
        try {
            for (Future<String> number : pool.invokeAll(registrations)) {
                String recordNumber = number.get();
                assertThat(recordNumber).startsWith("TS-" + Year.now(ComplaintDesk.ZONE) + "-");
                numbers.add(Integer.parseInt(recordNumber.substring(8)));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(numbers).doesNotHaveDuplicates();
        int lowest = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(lowest, lowest + 24).boxed().toList());
    }
}
