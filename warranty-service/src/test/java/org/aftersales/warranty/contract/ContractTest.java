package org.aftersales.warranty.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.aftersales.events.EventCodec;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.warranty.commitment.CommitmentTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ContractTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    String commitment;
    String deviceA;
    String deviceB;

    @BeforeEach
    void aPublishedCommitmentAndDevices() {
        commitment = "contract-terms-" + unique();
        String document = CommitmentTemplates.text("seed-002-hospital-it")
                .replace("\"seed-002-hospital-it\"", "\"" + commitment + "\"");
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(document)
                .when().post("/api/v1/commitments").then().statusCode(201);
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/commitments/{id}/versions/1/publish", commitment).then().statusCode(200);
        deviceA = device("dealer-a/customer-a");
        deviceB = device("dealer-b/customer-b");
    }

    @Test
    void an_activated_contract_publishes_its_terms_once_and_its_owners_see_it() {
        String contract = create(contract(deviceA)).then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract().path("id");

        given().auth().oauth2(TestCaller.ADMIN.token()).when().post("/api/v1/contracts/{id}/activation", contract)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(TestCaller.ADMIN.token()).when().post("/api/v1/contracts/{id}/activation", contract)
                .then().statusCode(409).contentType("application/problem+json");

        var record = KAFKA.awaitRecords(ContractEvents.ACTIVATED.topic(), r -> contract.equals(r.key()), 1,
                Duration.ofSeconds(60)).get(0);
        ContractActivated terms = EventCodec.payload(EventCodec.decode(record.value()), ContractEvents.ACTIVATED);
        assertThat(terms.customerOrganisation()).isEqualTo("dealer-a/customer-a");
        assertThat(terms.deviceSerials()).hasSize(1);
        assertThat(terms.calendar().coverage()).isEqualTo("ALWAYS");
        assertThat(terms.slaTerms()).filteredOn(t -> t.faultLevel() == FaultLevel.CRITICAL).singleElement()
                .satisfies(t -> {
                    assertThat(t.response().elapsed()).isEqualTo("PT30M");
                    assertThat(t.onSite().elapsed()).isEqualTo("PT2H");
                });
        assertThat(terms.inspections()).isNotEmpty();

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/contracts/{id}", contract)
                .then().statusCode(200).body("commitmentId", equalTo(commitment));
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/contracts/{id}", contract)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/contracts")
                .then().statusCode(200).body("id", hasItems(contract));
    }

    @Test
    void a_manager_terminates_a_contract_in_force_which_publishes_its_last_day_once() {
        String contract = create(contract(deviceA)).then().statusCode(201).extract().path("id");
        terminate(TestCaller.MANAGER, contract, "2027-06-30").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(TestCaller.MANAGER.token()).when().post("/api/v1/contracts/{id}/activation", contract)
                .then().statusCode(200);

        terminate(TestCaller.MANAGER, contract, "2027-06-30").then().statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("lastDayInForce", equalTo("2027-06-30"))
                .body("terminationReason", equalTo("客户提前解约"))
                .body("terminatedBy", equalTo("manager"));
        terminate(TestCaller.MANAGER, contract, "2027-05-31").then().statusCode(409);

        var record = KAFKA.awaitRecords(ContractEvents.TERMINATED.topic(),
                r -> contract.equals(r.key()) && r.value().contains(ContractEvents.TERMINATED.type()), 1,
                Duration.ofSeconds(60)).get(0);
        ContractTerminated terminated = EventCodec.payload(EventCodec.decode(record.value()),
                ContractEvents.TERMINATED);
        assertThat(terminated.lastDayInForce()).isEqualTo(LocalDate.parse("2027-06-30"));
        assertThat(terminated.reason()).isEqualTo("客户提前解约");
        assertThat(terminated.customerOrganisation()).isEqualTo("dealer-a/customer-a");
        UUID device = UUID.fromString(deviceA);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ContractDesk.inForce(device,
                LocalDate.parse("2027-06-30")))).isNotNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ContractDesk.inForce(device,
                LocalDate.parse("2027-07-01")))).isNull();
    }

    @Test
    void a_termination_needs_a_last_day_within_the_term_and_a_reason_and_a_manager() {
        String contract = create(contract(deviceA)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestCaller.MANAGER.token()).when().post("/api/v1/contracts/{id}/activation", contract)
                .then().statusCode(200);

        terminate(TestCaller.MANAGER, contract, "2026-11-30").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("lastDayInForce"));
        terminate(TestCaller.MANAGER, contract, "2029-12-01").then().statusCode(400)
                .body("errors.field", hasItems("lastDayInForce"));
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"lastDayInForce\": \"2027-01-31\"}")
                .when().post("/api/v1/contracts/{id}/termination", contract)
                .then().statusCode(400).body("errors.field", hasItems("reason"));
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"lastDayInForce\": \"2027-01-31\", \"reason\": \"x\", \"status\": \"ACTIVE\"}")
                .when().post("/api/v1/contracts/{id}/termination", contract)
                .then().statusCode(400);
        terminate(TestCaller.ADMIN, contract, "2027-01-31").then().statusCode(403);
        terminate(TestCaller.AGENT, contract, "2027-01-31").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/contracts/{id}/termination", contract).then().statusCode(401);
        terminate(TestCaller.MANAGER, UUID.randomUUID().toString(), "2027-01-31").then().statusCode(404);
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/contracts/{id}", contract)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    static io.restassured.response.Response terminate(TestCaller caller, String contract, String lastDay) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body("""
                        {"lastDayInForce": "%s", "reason": "客户提前解约"}""".formatted(lastDay))
                .when().post("/api/v1/contracts/{id}/termination", contract);
    }

    @Test
    void a_contract_covers_devices_of_its_organisation_only() {
        String body = contract(deviceA).replace("[\"" + deviceA + "\"]",
                "[\"" + deviceA + "\", \"" + deviceB + "\", \"" + UUID.randomUUID() + "\"]");
        create(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("deviceIds[1]", "deviceIds[2]"));
    }

    @Test
    void a_contract_binds_published_terms_and_has_a_unique_number() {
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/commitments/{id}/revisions", commitment).then().statusCode(201);
        create(contract(deviceA).replace("\"commitmentVersion\": 1", "\"commitmentVersion\": 2"))
                .then().statusCode(409).contentType("application/problem+json");
        create(contract(deviceA).replace("\"commitmentVersion\": 1", "\"commitmentVersion\": 7"))
                .then().statusCode(404);

        String body = contract(deviceA);
        create(body).then().statusCode(201);
        create(body).then().statusCode(409).body("errors.field", hasItems("number"));
    }

    @Test
    void invalid_fields_are_400_by_name() {
        create(contract(deviceA).replace("\"startsOn\": \"2026-12-01\"", "\"startsOn\": \"2030-01-01\""))
                .then().statusCode(400).body("errors.field", hasItems("endingAfterStart"));
        create(contract(deviceA).replace("[\"" + deviceA + "\"]", "[]"))
                .then().statusCode(400).body("errors.field", hasItems("deviceIds"));
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"AGENT", "QUALITY", "PARTNER_A", "CUSTOMER_A"})
    void only_managers_and_admins_draw_up_contracts(TestCaller caller) {
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(contract(deviceA))
                .when().post("/api/v1/contracts").then().statusCode(403);
    }

    String contract(String device) {
        return """
                {"number": "HT-%s", "customerOrganisation": "dealer-a/customer-a",
                 "commitmentId": "%s", "commitmentVersion": 1,
                 "deviceIds": ["%s"], "startsOn": "2026-12-01", "endsOn": "2029-11-30"}"""
                .formatted(unique(), commitment, device);
    }

    static io.restassured.response.Response create(String body) {
        return given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contracts");
    }

    static String device(String organisation) {
        return given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "SN-CON-%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "%s"}""".formatted(unique(), organisation))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
