package org.aftersales.warranty.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/v1/claims} and {@code GET /api/v1/claims/{id}}: decisions, validation, roles and tenancy. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ClaimApiTest {

    /** Two repairs of the same fault, both leaving it failing, within the colour TV's first year. */
    static final String TWO_FAILED_REPAIRS = """
            [{"startedAt": "2026-09-01T01:00:00Z", "endedAt": "2026-09-02T01:00:00Z", "faultCode": "NO-PICTURE"},
             {"startedAt": "2026-09-10T01:00:00Z", "endedAt": "2026-09-11T01:00:00Z", "faultCode": "NO-PICTURE"}]""";

    String device;

    @BeforeEach
    void aColourTvOfCustomerA() {
        device = registerDevice("2026-06-01");
    }

    static String registerDevice(String invoiceDate) {
        return given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "SN-CLAIM-%s", "model": "TV-55", "brand": "长虹",
                         "customerOrganisation": "dealer-a/customer-a" %s}""".formatted(UUID.randomUUID().toString().substring(0, 8),
                        invoiceDate == null ? "" : ", \"invoiceDate\": \"" + invoiceDate + "\""))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
    }

    String claim(String extra) {
        return """
                {"deviceId": "%s", "productCategory": "colour-tv", "price": 3999.00, "component": "power-supply",
                 "fault": {"code": "NO-PICTURE"}, "claimedAt": "2026-09-20T02:00:00Z" %s}""".formatted(device, extra);
    }

    ExtractableResponse<Response> post(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/claims").then().extract();
    }

    @Test
    void two_failed_repairs_of_a_colour_tv_give_exchange_or_refund_with_a_bilingual_trace_and_the_owners_read_it() {
        String location = given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(claim(", \"repairs\": " + TWO_FAILED_REPAIRS))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("customerOrganisation", equalTo("dealer-a/customer-a"))
                .body("createdBy", equalTo("agent"))
                .body("facts.invoiceDate", equalTo("2026-06-01"))
                .body("facts.datesSource", equalTo("INSTALLED_BASE"))
                .body("facts.repairsSource", equalTo("REQUEST"))
                .body("facts.assessmentSource", equalTo("DEFAULT"))
                // a new unit is worth more than the refund less depreciation (both offered)
                .body("decision.remedy", equalTo("EXCHANGE"))
                .body("decision.remedyZh", equalTo("换货"))
                .body("decision.options", contains("REFUND", "EXCHANGE"))
                .body("decision.policyId", equalTo("CN-GOODS-1995"))
                .body("decision.ruleId", equalTo("1995.R3"))
                .body("decision.payers.parts", equalTo("SELLER"))
                .body("decision.refund.basis", equalTo("DAILY_DEPRECIATION"))
                .body("decision.refund.price", equalTo(3999.00f))
                .body("decision.periods.policyId", hasItem("CN-GOODS-1995"))
                .body("decision.trace[0].ruleId", equalTo("CONTRACT"))
                .body("decision.trace[0].fired", equalTo(false))
                .body("decision.trace.findAll { it.ruleId == '1995.R3' }[-1].fired", equalTo(true))
                .body("decision.trace.findAll { it.ruleId == '1995.R3' }[-1].zh", org.hamcrest.Matchers.containsString("修理 2 次"))
                .body("decision.trace.findAll { it.ruleId == '1995.R3' }[-1].en",
                        org.hamcrest.Matchers.containsString("repaired 2 times"))
                .body("decision.trace.findAll { it.ruleId == '1995.R3' }[0].en",
                        org.hamcrest.Matchers.containsString("exchange is worth 3999.00 yuan, more than refund"))
                .body("decision.trace.zh", everyItem(not(emptyOrNullString())))
                .body("decision.trace.en", everyItem(not(emptyOrNullString())))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        org.hamcrest.MatcherAssert.assertThat(location, endsWith("/api/v1/claims/" + id));

        for (TestCaller owner : List.of(TestCaller.CUSTOMER_A, TestCaller.PARTNER_A, TestCaller.MANAGER, TestCaller.PARTS_CLERK)) {
            given().auth().oauth2(owner.token()).when().get("/api/v1/claims/{id}", id)
                    .then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("decision.remedy", equalTo("EXCHANGE"))
                    .body("decision.ruleId", equalTo("1995.R3"))
                    .body("decision.refund.price", equalTo(3999.00f))
                    .body("decision.trace.size()", org.hamcrest.Matchers.greaterThan(5));
        }
        for (TestCaller stranger : List.of(TestCaller.CUSTOMER_B, TestCaller.PARTNER_B)) {
            given().auth().oauth2(stranger.token()).when().get("/api/v1/claims/{id}", id)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().when().get("/api/v1/claims/{id}", id).then().statusCode(401);
    }

    @Test
    void without_repairs_in_the_request_the_device_history_is_used_and_one_fault_gets_free_repair() {
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON).body(claim(""))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("facts.repairsSource", equalTo("INSTALLED_BASE"))
                .body("facts.repairs", org.hamcrest.Matchers.empty())
                .body("decision.remedy", equalTo("FREE_REPAIR"))
                .body("decision.ruleId", equalTo("1995.R9"));
    }

    static Stream<Arguments> assessedCauses() {
        return Stream.of(
                // recorded by the quality department, or stated in the claim; MISUSE is a listed exclusion: paid repair
                Arguments.of(true, "MISUSE", "PAID_REPAIR", "1995.EXCL", "OLD_PART_ASSESSMENT"),
                Arguments.of(false, "MISUSE", "PAID_REPAIR", "1995.EXCL", "REQUEST"),
                Arguments.of(false, "UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY", "PAID_REPAIR", "1995.EXCL", "REQUEST"),
                // a non-quality cause the 1995 rule does not list: no obligation at all
                Arguments.of(true, "ACCIDENT", "NO_OBLIGATION", null, "OLD_PART_ASSESSMENT"));
    }

    @ParameterizedTest
    @MethodSource("assessedCauses")
    void an_assessment_of_a_non_quality_cause_takes_away_the_exchange(boolean recorded, String cause, String remedy, String rule,
            String source) {
        String assessment = "{\"verdict\": \"NOT_QUALITY_PROBLEM\", \"cause\": \"" + cause + "\", \"reason\": \"主板进水\"}";
        if (recorded) {
            given().auth().oauth2(TestCaller.QUALITY.token()).contentType(ContentType.JSON)
                    .body(assessment.replace("{", "{\"deviceId\": \"" + device
                            + "\", \"component\": \"power-supply\", \"faultCode\": \"NO-PICTURE\", "))
                    .when().post("/api/v1/assessments").then().statusCode(201);
        }
        var response = given().auth().oauth2(TestCaller.QUALITY.token()).contentType(ContentType.JSON)
                .body(claim(", \"repairs\": " + TWO_FAILED_REPAIRS + (recorded ? "" : ", \"assessment\": " + assessment)))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("facts.assessmentSource", equalTo(source))
                .body("facts.assessmentCause", equalTo(cause))
                .body("decision.remedy", equalTo(remedy))
                .body("decision.refund", org.hamcrest.Matchers.nullValue());
        if (rule != null) {
            response.body("decision.ruleId", equalTo(rule)).body("decision.payers.labour", equalTo("CUSTOMER"));
        }
    }

    static Stream<Arguments> invalidClaims() {
        return Stream.of(
                Arguments.of("\"deviceId\": \"%s\",", "\"deviceId\": null,", "deviceId"),
                Arguments.of("\"productCategory\": \"colour-tv\",", "", "productCategory"),
                Arguments.of("\"productCategory\": \"colour-tv\",", "\"productCategory\": \"Colour TV\",", "productCategory"),
                Arguments.of("\"price\": 3999.00,", "\"price\": -1,", "price"),
                Arguments.of("\"price\": 3999.00,", "", "price"),
                Arguments.of("\"fault\": {\"code\": \"NO-PICTURE\"},", "", "fault"),
                Arguments.of("\"fault\": {\"code\": \"NO-PICTURE\"},", "\"fault\": {\"code\": \" \"},", "fault.code"),
                Arguments.of("\"fault\": {\"code\": \"NO-PICTURE\"},", "\"fault\": {\"code\": \"X\", \"traits\": [\"LOUD\"]},", "fault.traits[0]"),
                Arguments.of("\"claimedAt\": \"2026-09-20T02:00:00Z\"", "\"claimedAt\": \"yesterday\"", "claimedAt"),
                Arguments.of("\"component\": \"power-supply\",", "\"component\": \"power-supply\", \"remedy\": \"REFUND\",", "remedy"),
                Arguments.of("\"component\": \"power-supply\",", "\"component\": \"power-supply\", \"odometerKm\": -5,", "odometerKm"),
                Arguments.of("\"component\": \"power-supply\",",
                        "\"component\": \"power-supply\", \"repairs\": [{\"startedAt\": \"2026-09-02T01:00:00Z\", \"endedAt\": \"2026-09-01T01:00:00Z\", \"faultCode\": \"F\"}],",
                        "repairs[0].endedAfterStart"),
                Arguments.of("\"component\": \"power-supply\",",
                        "\"component\": \"power-supply\", \"repairs\": [{\"endedAt\": \"2026-09-01T01:00:00Z\", \"faultCode\": \"F\"}],",
                        "repairs[0].startedAt"),
                Arguments.of("\"component\": \"power-supply\",",
                        "\"component\": \"power-supply\", \"assessment\": {\"verdict\": \"NOT_QUALITY_PROBLEM\"},",
                        "assessment.verdictWithItsCause"));
    }

    @ParameterizedTest
    @MethodSource("invalidClaims")
    void invalid_claims_are_400_naming_the_field_and_store_nothing(String replace, String with, String field) {
        String body = claim("").replace(replace.formatted(device), with);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/claims")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(field));
    }

    @Test
    void a_device_without_an_invoice_date_needs_one_in_the_claim() {
        device = registerDevice(null);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(claim(""))
                .when().post("/api/v1/claims")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("dates.invoice"));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(claim(", \"dates\": {\"invoice\": \"2026-06-01\"}"))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("facts.datesSource", equalTo("REQUEST"))
                .body("facts.invoiceDate", equalTo("2026-06-01"));
    }

    @Test
    void an_unknown_device_or_claim_is_404() {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(claim("").replace(device, UUID.randomUUID().toString()))
                .when().post("/api/v1/claims")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/claims/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"PARTNER_A", "CUSTOMER_A", "MANAGER", "ADMIN", "PARTS_CLERK"})
    void only_agents_engineers_and_quality_create_claims(TestCaller caller) {
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(claim(""))
                .when().post("/api/v1/claims")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"AGENT", "ENGINEER", "QUALITY"})
    void agents_engineers_and_quality_create_claims(TestCaller caller) {
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(claim(""))
                .when().post("/api/v1/claims")
                .then().statusCode(201).header("Location", notNullValue()).body("createdBy", equalTo(caller.username()));
    }

    @Test
    void without_a_token_it_is_401() {
        given().contentType(ContentType.JSON).body(claim("")).when().post("/api/v1/claims")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
