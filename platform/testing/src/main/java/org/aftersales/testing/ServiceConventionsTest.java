package org.aftersales.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every service offers, checked the same way for each: liveness, readiness that includes its
 * database but not Kafka (ADR 0021), Prometheus metrics, its OpenAPI document and Swagger UI with a success, 401,
 * 403 and every error documented as problem+json for every operation, and problem details for requests that match
 * nothing.
 * A service's test extends it, annotated {@code @QuarkusTest}.
 */
public abstract class ServiceConventionsTest {

    private final String service;

    protected ServiceConventionsTest(String service) {
        this.service = service;
    }

    @Test
    void is_live_and_ready_with_its_database() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", not(hasItems("Kafka connection health check")));
    }

    /** docs/adr/0021: the outbox keeps accepting writes, so a broker outage must not take the pod out of service. */
    @Test
    void stays_live_and_ready_while_kafka_is_down() {
        KafkaTestResource.broker().stop();
        try {
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            KafkaTestResource.broker().restart();
        }
    }

    @Test
    void exposes_prometheus_metrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void publishes_its_openapi_document_and_swagger_ui() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("info.title", equalTo(service));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void documents_a_success_and_its_problem_responses_for_every_operation() {
        Map<String, Map<String, Map<String, Object>>> paths = given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        if (paths == null) {
            return; // a service without operations yet
        }
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.keySet()).as("%s %s", method.toUpperCase(), path)
                    .anyMatch(status -> status.startsWith("2"))
                    .contains("401", "403");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(String.valueOf(response.get("content"))).as("%s %s %s", method.toUpperCase(), path, status)
                            .contains("application/problem+json");
                }
            });
        }));
    }

    @Test
    void answers_a_path_it_does_not_have_with_problem_details() {
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/no-such-resource"));
    }
}
