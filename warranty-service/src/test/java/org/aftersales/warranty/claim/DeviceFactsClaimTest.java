package org.aftersales.warranty.claim;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.warranty.commitment.CommitmentTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Claims decide on the device's own facts: its product category and price, its organisation's repair history, the
 * contract it is under (a business purchase), the components its commitment names by id, its part replacements, and
 * the old-part assessment of the claim's own ticket and fault.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class DeviceFactsClaimTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String register(String serial, String extra) {
        return given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "%s", "model": "TV-55", "brand": "长虹",
                         "customerOrganisation": "dealer-a/customer-a", "invoiceDate": "2026-06-01" %s}"""
                        .formatted(serial, extra))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
    }

    static String claim(String device, String extra) {
        return """
                {"deviceId": "%s", "fault": {"code": "NO-PICTURE"}, "claimedAt": "2026-09-20T02:00:00Z" %s}"""
                .formatted(device, extra);
    }

    @Test
    void product_category_and_price_come_from_the_device_registered_as_json_or_csv() {
        String device = register("SN-FACTS-" + unique(), ", \"productCategory\": \"colour-tv\", \"price\": 3999.00");
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/devices/{id}", device)
                .then().statusCode(200).body("productCategory", equalTo("colour-tv")).body("price", equalTo(3999.00f));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(claim(device, ""))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("facts.product", equalTo("colour-tv"))
                .body("facts.productSource", equalTo("INSTALLED_BASE"))
                .body("facts.price", equalTo(3999.00f))
                .body("decision.policyId", equalTo("CN-GOODS-1995"));

        String serial = "SN-CSV-" + unique();
        given().auth().oauth2(TestCaller.PARTNER_A.token()).contentType("text/csv; charset=UTF-8")
                .body("serialNumber,model,brand,customerOrganisation,productCategory,price\n"
                        + serial + ",BCD-520,海尔,dealer-a/customer-a,refrigerator,4599.00\n")
                .when().post("/api/v1/devices/import").then().statusCode(200);
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("serialNumber", serial).when().get("/api/v1/devices")
                .then().statusCode(200)
                .body("items[0].productCategory", equalTo("refrigerator"))
                .body("items[0].price", equalTo(4599.00f));
    }

    @ParameterizedTest(name = "{0} = {1} → 400 naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            productCategory | "Colour TV" | productCategory
            price           | -3          | price
            price           | "cheap"     | price
            """)
    void a_bad_product_category_or_price_is_400_naming_it(String field, String value, String named) {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "SN-BAD-%s", "model": "TV-55", "brand": "长虹",
                         "customerOrganisation": "dealer-a/customer-a", "%s": %s}""".formatted(unique(), field, value))
                .when().post("/api/v1/devices")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(named));
    }

    @Test
    void a_ticket_of_another_organisation_naming_the_serial_never_touches_the_devices_history() {
        String serial = "SN-OWN-" + unique();
        String device = register(serial, ", \"productCategory\": \"colour-tv\", \"price\": 3999.00");
        String key = "facts-" + serial;
        Instant start = Instant.parse("2026-07-01T01:00:00Z");
        for (int i = 0; i < 3; i++) {
            KAFKA.send(TicketEvents.RESOLVED.topic(), key, org.aftersales.events.EventCodec.encode(
                    resolved("dealer-b/customer-b", serial, null, start.plus(Duration.ofDays(10L * i)))));
        }
        KAFKA.send(TicketEvents.RESOLVED.topic(), key, org.aftersales.events.EventCodec.encode(
                resolved("dealer-a/customer-a", serial, UUID.fromString(device), start.plus(Duration.ofDays(40)))));

        await().atMost(PATIENCE).until(() -> given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/devices/{id}/history", device).then().statusCode(200)
                .extract().jsonPath().getList("repairs").size() == 1);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/devices/{id}/history", device)
                .then().body("counts[0].repairs", equalTo(1)).body("counts[0].failingInARow", equalTo(1))
                .body("repairs[0].stoppedWork", equalTo(true)).body("repairs[0].delay", equalTo("PARTS_NOT_SUPPLIED"))
                .body("repairs[0].partsWaiting", equalTo("PT26H"));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(claim(device, ", \"component\": \"power-supply\", \"fault\": {\"code\": \"NO-POWER\"}")
                        .replace("\"fault\": {\"code\": \"NO-PICTURE\"}, ", ""))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("facts.repairs.size()", equalTo(1))
                .body("decision.ruleId", equalTo("1995.R9"));
    }

    static CloudEvent<TicketResolved> resolved(String organisation, String serial, UUID deviceId, Instant start) {
        UUID ticket = UUID.randomUUID();
        Instant end = start.plus(Duration.ofHours(6));
        return CloudEvent.of(TicketEvents.RESOLVED, "/ticket-service", ticket.toString(), end,
                new TicketResolved(ticket, organisation, serial, "power-supply", "NO-POWER", start, end, List.of(),
                        false, "engineer", deviceId, true, "PT26H", "PARTS"));
    }

    @Test
    void an_assessment_belongs_to_its_ticket_and_fault_not_to_every_later_claim() {
        String device = register("SN-ASMT-" + unique(), ", \"productCategory\": \"colour-tv\", \"price\": 3999.00");
        UUID ticket = UUID.randomUUID();
        given().auth().oauth2(TestCaller.QUALITY.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceId": "%s", "component": "power-supply", "faultCode": "NO-PICTURE", "ticketId": "%s",
                         "verdict": "NOT_QUALITY_PROBLEM", "cause": "MISUSE", "reason": "进水"}"""
                        .formatted(device, ticket))
                .when().post("/api/v1/assessments").then().statusCode(201);
        String base = ", \"component\": \"power-supply\"";

        assessed(device, base + ", \"ticketId\": \"" + ticket + "\"", "OLD_PART_ASSESSMENT", "PAID_REPAIR");
        assessed(device, base + ", \"ticketId\": \"" + UUID.randomUUID() + "\"", "DEFAULT", "FREE_REPAIR");
        assessed(device, base, "DEFAULT", "FREE_REPAIR");
        assessed(device, ", \"component\": \"tuner\", \"ticketId\": \"" + ticket + "\"", "DEFAULT", "FREE_REPAIR");
    }

    @Test
    void no_fault_found_owes_nothing_and_without_the_same_model_a_due_exchange_is_a_full_refund() {
        String device = register("SN-R6-" + unique(), ", \"productCategory\": \"colour-tv\", \"price\": 3999.00");
        UUID ticket = UUID.randomUUID();
        given().auth().oauth2(TestCaller.QUALITY.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceId": "%s", "faultCode": "NO-PICTURE", "ticketId": "%s", "verdict": "NO_FAULT_FOUND",
                         "reason": "开机自检正常"}""".formatted(device, ticket))
                .when().post("/api/v1/assessments").then().statusCode(201).body("verdict", equalTo("NO_FAULT_FOUND"));
        assessed(device, ", \"ticketId\": \"" + ticket + "\"", "OLD_PART_ASSESSMENT", "NO_OBLIGATION");

        String twoFailedRepairs = """
                , "repairs": [
                 {"startedAt": "2026-09-01T01:00:00Z", "endedAt": "2026-09-02T01:00:00Z", "faultCode": "NO-PICTURE"},
                 {"startedAt": "2026-09-10T01:00:00Z", "endedAt": "2026-09-11T01:00:00Z", "faultCode": "NO-PICTURE"}
                ]""";
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(claim(device, twoFailedRepairs + ", \"sameModelInStock\": false"))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("facts.sameModelInStock", equalTo(false))
                .body("decision.remedy", equalTo("REFUND"))
                .body("decision.ruleId", equalTo("1995.R6"))
                .body("decision.refund.amount", equalTo(3999.00f));
    }

    private static void assessed(String device, String extra, String source, String remedy) {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(claim(device, extra))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("facts.assessmentSource", equalTo(source))
                .body("decision.remedy", equalTo(remedy));
    }

    @Test
    void under_a_business_contract_the_buyer_is_a_business_and_the_key_components_are_reached_by_id() {
        String unique = unique();
        String device = register("SN-PLANT-" + unique, ", \"productCategory\": \"electric-kettle\", \"price\": 900.00, "
                + "\"acceptanceDate\": \"2026-06-10\", \"deliveryDate\": \"2026-06-05\"");
        String contractNumber = contract("seed-001-plant-equipment", "plant-" + unique, device);

        // 2030-06-10: after the unit's 3 years (2029-06-10), within the key components' 5 years (2031-06-10)
        for (String component : List.of("key-components", "whole-unit")) {
            given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON)
                    .body(claim(device, ", \"component\": \"" + component + "\"")
                            .replace("2026-09-20T02:00:00Z", "2030-06-10T02:00:00Z"))
                    .when().post("/api/v1/claims")
                    .then().statusCode(201)
                    .body("facts.buyer", equalTo("BUSINESS"))
                    .body("facts.buyerSource", equalTo("CONTRACT"))
                    .body("decision.trace.findAll { it.ruleId == 'APPLIES' && it.policyId == 'CN-CPL-24' }[0].fired",
                            equalTo(false))
                    .body("decision.remedy", equalTo(component.equals("whole-unit") ? "PAID_REPAIR" : "FREE_REPAIR"))
                    .body("decision.policyId", equalTo("CONTRACT." + contractNumber));
        }
        // A claim that says the buyer is a consumer: the consumer-law fallback takes part again
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON)
                .body(claim(device, ", \"purchase\": {\"buyer\": \"CONSUMER\"}"))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("facts.buyerSource", equalTo("REQUEST"))
                .body("decision.trace.findAll { it.ruleId == 'APPLIES' && it.policyId == 'CN-CPL-24' }[0].fired",
                        equalTo(true));
    }

    @Test
    void a_part_replacement_restarts_the_parts_period_in_the_entitlement_and_in_claims() {
        String unique = unique();
        String device = register("SN-YIBAO-" + unique, ", \"productCategory\": \"cnc-lathe\", \"price\": 90000.00, "
                + "\"acceptanceDate\": \"2026-06-10\", \"deliveryDate\": \"2026-06-05\"");
        contract("seed-001-plant-equipment", "yibao-" + unique, device);

        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON)
                .body("{\"component\": \"key-components\", \"replacedOn\": \"2026-08-01\"}")
                .when().post("/api/v1/devices/{id}/part-replacements", device)
                .then().statusCode(200)
                .body("partReplacements.component", contains("key-components"))
                .body("partReplacements[0].replacedOn", equalTo("2026-08-01"));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).queryParam("at", "2031-07-01")
                .when().get("/api/v1/devices/{id}/entitlement", device)
                .then().statusCode(200)
                .body("components.findAll { it.componentId == 'key-components' }[0].startsOn", equalTo("2026-08-01"))
                .body("components.findAll { it.componentId == 'key-components' }[0].endsOn", equalTo("2031-08-01"))
                .body("components.findAll { it.componentId == 'key-components' }[0].covered", equalTo(true))
                .body("components.findAll { it.componentId == null }[0].covered", equalTo(false));
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON)
                .body(claim(device, ", \"component\": \"key-components\"")
                        .replace("2026-09-20T02:00:00Z", "2031-07-01T02:00:00Z"))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("facts.replacements[0].component", equalTo("key-components"))
                .body("decision.remedy", equalTo("FREE_REPAIR"))
                .body("decision.periods.findAll { it.kind == 'FREE_REPAIR' }[0].start", equalTo("2026-08-01"))
                .body("decision.periods.findAll { it.kind == 'FREE_REPAIR' }[0].lastDay", equalTo("2031-08-01"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"component": "whole-unit", "replacedOn": "2026-08-01"}   | component
            {"component": "Key Parts", "replacedOn": "2026-08-01"}    | component
            {"component": "fan", "replacedOn": "2999-01-01"}          | replacedOn
            {"component": "fan"}                                      | replacedOn
            {"component": "fan", "replacedOn": "2026-08-01", "x": 1}  | x
            """)
    void a_bad_part_replacement_is_400_naming_the_field(String body, String field) {
        String device = register("SN-YBAD-" + unique(), "");
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/devices/{id}/part-replacements", device)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/devices/{id}", device)
                .then().body("partReplacements.size()", equalTo(0));
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "PARTNER_A", "QUALITY", "PARTS_CLERK"})
    void only_agents_engineers_managers_and_admins_record_part_replacements(TestCaller caller) {
        String device = register("SN-YROLE-" + unique(), "");
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body("{\"component\": \"fan\", \"replacedOn\": \"2026-08-01\"}")
                .when().post("/api/v1/devices/{id}/part-replacements", device)
                .then().statusCode(403);
    }

    @Test
    void a_part_replacement_of_an_unknown_or_foreign_device_is_404_and_without_a_token_401() {
        String device = register("SN-YTEN-" + unique(), "");
        String body = "{\"component\": \"fan\", \"replacedOn\": \"2026-08-01\"}";
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/devices/{id}/part-replacements", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/devices/{id}/part-replacements", device)
                .then().statusCode(401);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/devices/{id}", device)
                .then().body("partReplacements.size()", equalTo(0)).body("productCategory", nullValue());
    }

    /** A published commitment from a template and an active contract of {@code device} under it; its number. */
    static String contract(String template, String commitment, String device) {
        String document = CommitmentTemplates.text(template).replace("\"" + template + "\"", "\"" + commitment + "\"");
        return ContractFixture.underContract(document, commitment, device);
    }
}
