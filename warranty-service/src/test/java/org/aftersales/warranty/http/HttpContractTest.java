package org.aftersales.warranty.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP contract around the operations: status codes, headers and problem bodies, and the API document. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class HttpContractTest {

    @ParameterizedTest
    @CsvSource({"GET, /api/v1/no-such-thing", "GET, /api/v1/devices/00000000-0000-0000-0000-000000000000",
            "POST, /api/v1/no-such-thing", "DELETE, /api/v2/devices", "POST, /api/v1/devices"})
    void a_missing_token_is_401_before_any_404_or_400(String method, String path) {
        given().contentType(ContentType.JSON).body("{\"unknown\": true}")
                .when().request(method, path)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void an_invalid_token_is_401_before_any_404() {
        given().auth().oauth2(TestCaller.AGENT.tokenSignedByAnotherKey())
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void with_a_token_an_unknown_path_is_a_404_problem() {
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DELETE | /api/v1/devices                                           | GET, HEAD, OPTIONS, POST
            PUT    | /api/v1/devices/00000000-0000-0000-0000-000000000000       | GET, HEAD, OPTIONS
            GET    | /api/v1/devices/00000000-0000-0000-0000-000000000000/transfer | OPTIONS, POST
            """)
    void a_method_the_path_does_not_allow_is_405_with_allow(String method, String path, String allow) {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body("{}")
                .when().request(method, path)
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", equalTo(allow));
    }

    @Test
    void request_bodies_allow_no_other_properties_patterns_are_anchored_and_optional_fields_nullable() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        String device = "components.schemas.NewDevice";

        assertThat(document.getBoolean(device + ".additionalProperties")).isFalse();
        assertThat(
                document.getBoolean("components.schemas.DeviceComponent.additionalProperties")).isFalse();
        assertThat(document.getString(device + ".properties.customerOrganisation.pattern"))
                .startsWith("^").endsWith("$");
        assertThat(document.getMap(device + ".properties.lotNumber").toString()).contains("null");
        assertThat(document.getMap(device + ".properties.serialNumber").toString()).doesNotContain("null");
    }

    @Test
    void the_api_document_declares_problem_responses_for_the_idempotency_key() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/claims'.post.parameters.name", hasItem("Idempotency-Key"));
    }
}
