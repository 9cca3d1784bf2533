package org.aftersales.warranty.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regulation facts through {@code POST /api/v1/claims}: stated, decided on, traced, and refused when contradictory. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class RegulationFactsApiTest {

    static String claim(String device, String product, String component, String claimedAt, String extra) {
        return """
                {"deviceId": "%s", "productCategory": "%s", "price": 4999.00, "component": "%s",
                 "fault": {"code": "F1"}, "claimedAt": "%s", "dates": {"invoice": "2026-06-01"} %s}"""
                .formatted(device, product, component, claimedAt, extra);
    }

    @Test
    void a_phone_battery_exchanged_twice_is_refunded_at_its_stand_alone_price() {
        String device = ClaimApiTest.registerDevice("2026-06-01");
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(claim(device, "mobile-phone", "battery", "2026-09-20T02:00:00Z", """
                        , "replacements": [{"date": "2026-07-01", "component": "battery"}, {"date": "2026-08-01", "component": "battery"}],
                        "accessory": {"soldWithProduct": true, "standAlonePrice": 129.00}"""))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("decision.remedy", equalTo("REFUND"))
                .body("decision.ruleId", equalTo("MOBILE.M9"))
                .body("decision.refund.amount", equalTo(129.00f))
                .body("facts.accessory.standAlonePrice", equalTo(129.00f));
    }

    @Test
    void a_car_replacement_has_its_deadlines_in_working_days() {
        String device = ClaimApiTest.registerDevice("2026-06-01");
        // requested 2026-09-28: 10 working days after it, past the National Day holiday, is 2026-10-16 (10 October is a 调休 working Saturday)
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(claim(device, "household-car", "engine", "2026-09-28T02:00:00Z", """
                        , "odometerKm": 10000, "replacements": [{"date": "2026-07-01", "component": "engine"},
                         {"date": "2026-08-01", "component": "engine"}]"""))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("decision.ruleId", equalTo("CAR.V9"))
                .body("decision.deadlines.requested", equalTo("2026-09-28"))
                .body("decision.deadlines.answerBy", equalTo("2026-10-16"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            , "accessory": {"soldWithProduct": true}                                   | accessory.standAlonePrice
            , "evidence": "MANUFACTURE_DATE"                                           | manufactureDate
            , "manufactureDate": "2026-01-01"                                          | manufactureDate
            , "purchase": {"returnExclusion": {"kind": "PERISHABLE"}}                  | purchase.returnExclusion.kind
            , "purchase": {"returnExclusion": {"kind": "MADE_TO_ORDER", "unsealed": true}} | purchase.returnExclusion.unsealed
            , "repairs": [{"startedAt": "2026-09-01T01:00:00Z", "endedAt": "2026-09-02T01:00:00Z", "faultCode": "F1", "nonCounting": [{"from": "2026-08-01T00:00:00Z", "to": "2026-09-01T05:00:00Z", "reason": "OWNER_CAUSED"}]}] | repairs[0].nonCounting[0]
            , "fees": {"registration": -1}                                             | fees.registration
            """)
    void contradictory_or_invalid_facts_are_400_naming_the_field(String extra, String field) {
        String device = ClaimApiTest.registerDevice("2026-06-01");
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(claim(device, "mobile-phone", "battery", "2026-09-20T02:00:00Z", extra))
                .when().post("/api/v1/claims")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems(field));
    }
}
