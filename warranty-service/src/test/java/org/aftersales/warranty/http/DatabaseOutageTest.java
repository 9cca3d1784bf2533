package org.aftersales.warranty.http;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.aftersales.infra.PostgresServer;
import org.aftersales.testing.PostgresTestResource;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** While the service's database is unreachable every request answers 503 with Retry-After; it recovers by itself. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class DatabaseOutageTest {

    private static final String DEVICE = """
            {"serialNumber": "SN-OUTAGE-1", "model": "PM-8000", "brand": "迈瑞",
             "customerOrganisation": "dealer-a/customer-a"}""";

    @Test
    void requests_answer_503_with_retry_after_while_the_database_is_down_and_200_once_it_is_back() {
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/devices").then().statusCode(200);
        PostgresServer postgres = PostgresTestResource.server();
        postgres.stop();
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestCaller.AGENT.token())
                    .when().get("/api/v1/devices")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue()));
            given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(DEVICE)
                    .when().post("/api/v1/devices")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            PostgresServer.start(postgres.dataDirectory(), postgres.port(), postgres.logFile());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/devices").then().statusCode(200));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
