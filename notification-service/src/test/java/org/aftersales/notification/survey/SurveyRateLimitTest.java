package org.aftersales.notification.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * The survey's anonymous endpoints are limited per address: with a burst of 3 and a rate so slow that nothing
 * refills during the test, the fourth request without a token is 429 whatever the token in the path (guessing
 * tokens gets no fresh bucket), a bearer that is no valid token changes nothing, and verified staff keep their own
 * limit.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
@TestProfile(SurveyRateLimitTest.Tight.class)
class SurveyRateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftersales.rate-limit.enabled", "true",
                    "aftersales.rate-limit.anonymous-per-second", "0.001",
                    "aftersales.rate-limit.anonymous-burst", "3");
        }
    }

    @Test
    void an_address_guessing_tokens_is_limited_and_staff_are_not() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/surveys/guess-{i}.x", i).then().statusCode(404);
        }
        Response limited = given().when().get("/api/v1/surveys/guess-4.x");
        limited.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429));
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        given().contentType("application/json").body(Map.of("scores", Map.of()))
                .when().post("/api/v1/surveys/guess-5.x/answers")
                .then().statusCode(429);
        given().auth().oauth2("not-a-token").when().get("/api/v1/surveys/guess-6.x").then().statusCode(429);

        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/surveys/scores?by=ENGINEER")
                .then().statusCode(200);
    }
}
