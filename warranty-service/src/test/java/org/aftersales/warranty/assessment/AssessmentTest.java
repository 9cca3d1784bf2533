package org.aftersales.warranty.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class AssessmentTest {

    String device;

    @BeforeEach
    void aDeviceOfCustomerA() {
        device = given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "SN-ASSESS-%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a"}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
    }

    String assessment(String verdict, String cause) {
        return """
                {"deviceId": "%s", "component": "power-supply", "faultCode": "NO-POWER", "verdict": "%s", %s
                 "reason": "电源模块进水，属使用不当"}""".formatted(device, verdict,
                cause == null ? "" : "\"cause\": \"" + cause + "\",");
    }

    @Test
    void quality_records_a_verdict_that_the_owners_may_read_and_strangers_may_not() {
        String id = given().auth().oauth2(TestCaller.QUALITY.token()).contentType(ContentType.JSON)
                .body(assessment("NOT_QUALITY_PROBLEM", "MISUSE"))
                .when().post("/api/v1/assessments")
                .then().statusCode(201)
                .body("verdict", equalTo("NOT_QUALITY_PROBLEM"))
                .body("cause", equalTo("MISUSE"))
                .body("customerOrganisation", equalTo("dealer-a/customer-a"))
                .body("assessedBy", equalTo("quality"))
                .body("faultCode", equalTo("NO-POWER"))
                .extract().path("id");

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/assessments/{id}", id)
                .then().statusCode(200).body("reason", equalTo("电源模块进水，属使用不当"));
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/assessments/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    static Stream<Arguments> invalidAssessments() {
        return Stream.of(
                Arguments.of("NOT_QUALITY_PROBLEM", null, "verdictWithItsCause"),
                Arguments.of("QUALITY_PROBLEM", "MISUSE", "verdictWithItsCause"),
                Arguments.of("NOT_ASSESSED", null, "verdictWithItsCause"),
                Arguments.of("BROKEN", null, "verdict"),
                Arguments.of("NOT_QUALITY_PROBLEM", "BAD_LUCK", "cause"),
                Arguments.of("QUALITY_PROBLEM", "NO_FAULT_CODE", "faultCode"));
    }

    @ParameterizedTest
    @MethodSource("invalidAssessments")
    void a_verdict_must_come_with_its_cause_and_only_then(String verdict, String cause, String field) {
        String body = "NO_FAULT_CODE".equals(cause) ? assessment(verdict, null).replace("\"faultCode\": \"NO-POWER\", ", "")
                : assessment(verdict, cause);
        given().auth().oauth2(TestCaller.QUALITY.token()).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(field));
    }

    @Test
    void an_unknown_device_is_404() {
        given().auth().oauth2(TestCaller.QUALITY.token()).contentType(ContentType.JSON)
                .body(assessment("QUALITY_PROBLEM", null).replace(device, UUID.randomUUID().toString()))
                .when().post("/api/v1/assessments")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"AGENT", "ENGINEER", "MANAGER", "PARTNER_A", "CUSTOMER_A"})
    void only_quality_records_verdicts(TestCaller caller) {
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body(assessment("QUALITY_PROBLEM", null))
                .when().post("/api/v1/assessments")
                .then().statusCode(403);
    }
}
