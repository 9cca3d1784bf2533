package org.aftersales.warranty.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 1995 rule's period ends on a working day: a colour TV invoiced 2025-10-02 has a one-year period
 * whose last day, 2026-10-01, is National Day; the announced calendar (国庆节 1-7 October 2026) moves it
 * to 2026-10-08.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class WorkingDayClaimTest {

    @ParameterizedTest(name = "claimed {0}: {1}")
    @CsvSource({
        "2026-10-06T02:00:00Z, FREE_REPAIR",
        "2026-10-08T02:00:00Z, FREE_REPAIR",
        "2026-10-09T02:00:00Z, PAID_REPAIR",
    })
    void the_last_day_of_the_period_rolls_past_the_national_day_holiday(String claimedAt, String remedy) {
        String device = ClaimApiTest.registerDevice("2025-10-02");
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceId": "%s", "productCategory": "colour-tv", "price": 3999.00,
                         "fault": {"code": "NO-PICTURE"}, "claimedAt": "%s"}""".formatted(device, claimedAt))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("decision.remedy", equalTo(remedy))
                .body("decision.periods.lastDay", hasItem("2026-10-08"))
                .body("decision.periods.lastDay", not(hasItem("2026-10-01")));
    }
}
