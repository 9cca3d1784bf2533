package org.aftersales.ticket.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The services accept only access tokens meant for the suite: audience {@code aftersales-api}, type Bearer. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class TokenAcceptanceTest {

    private static final String TICKET = """
            {"deviceSerial": "SN-AUD-1", "customerOrganisation": "dealer-a/customer-a", "description": "黑屏",
             "faultLevel": "MINOR", "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}""";

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "AGENT"})
    void an_access_token_for_the_suite_is_accepted(TestCaller caller) {
        given().auth().oauth2(caller.token())
                .when().get("/api/v1/tickets")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "AGENT"})
    void an_id_token_is_401(TestCaller caller) {
        given().auth().oauth2(caller.idToken())
                .when().get("/api/v1/tickets")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "AGENT"})
    void an_access_token_for_another_audience_is_401(TestCaller caller) {
        given().auth().oauth2(caller.tokenForAnotherAudience())
                .when().get("/api/v1/tickets")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void an_id_token_creates_nothing() {
        given().auth().oauth2(TestCaller.CUSTOMER_A.idToken())
                .contentType(ContentType.JSON).body(TICKET)
                .when().post("/api/v1/tickets")
                .then().statusCode(401);
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/tickets?deviceSerial=SN-AUD-1")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }
}
