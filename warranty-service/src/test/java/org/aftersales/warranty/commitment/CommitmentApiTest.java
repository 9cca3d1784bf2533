package org.aftersales.warranty.commitment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class CommitmentApiTest {

    /** Seed 002's template under a new id. */
    static String seed002As(String id) {
        return CommitmentTemplates.text("seed-002-hospital-it").replace("\"seed-002-hospital-it\"", "\"" + id + "\"");
    }

    static String newId() {
        return "hospital-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_templates_come_from_the_seeds() {
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/commitment-templates")
                .then().statusCode(200)
                .body("id", hasItems("seed-000-network-systems", "seed-001-plant-equipment", "seed-002-hospital-it",
                        "seed-003-field-equipment"))
                .body("find { it.id == 'seed-002-hospital-it' }.document.serviceLevels.A.response", equalTo("PT30M"));
    }

    @Test
    void a_draft_is_edited_and_published_then_never_changes_and_revising_makes_the_next_draft() {
        String id = newId();
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(seed002As(id))
                .when().post("/api/v1/commitments")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/commitments/" + id + "/versions/1"))
                .body("version", equalTo(1)).body("status", equalTo("DRAFT"));
        String edited = seed002As(id).replace("\"PT30M\"", "\"PT20M\"");
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(edited)
                .when().put("/api/v1/commitments/{id}/versions/1", id)
                .then().statusCode(200).body("document.serviceLevels.A.response", equalTo("PT20M"));
        given().auth().oauth2(TestCaller.ADMIN.token())
                .when().post("/api/v1/commitments/{id}/versions/1/publish", id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(seed002As(id))
                .when().put("/api/v1/commitments/{id}/versions/1", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("never changes"));
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/commitments/{id}/versions/1/publish", id)
                .then().statusCode(409);
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/commitments/{id}/revisions", id)
                .then().statusCode(201).body("version", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("document.serviceLevels.A.response", equalTo("PT20M"));
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/commitments/{id}/revisions", id)
                .then().statusCode(409);
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/commitments/{id}", id)
                .then().statusCode(200)
                .body("versions.status", hasItems("PUBLISHED", "DRAFT"))
                .body("inForce", equalTo(1));
    }

    @Test
    void every_problem_of_a_document_is_named_by_path_and_nothing_is_stored() {
        String id = newId();
        String broken = seed002As(id).replace("\"PT30M\"", "\"-PT30M\"").replace("\"title\"", "\"colour\": \"red\", \"title\"");

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(broken)
                .when().post("/api/v1/commitments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("colour", "serviceLevels.A.response"));
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body("{\"id\":")
                .when().post("/api/v1/commitments")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/commitments/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void yaml_is_accepted_and_an_existing_id_is_409() {
        String id = newId();
        String yaml = """
                id: %s
                title: Working-hours support
                serviceHours:
                  coverage: ALWAYS
                serviceLevels:
                  A: {response: PT1H, onSite: PT4H, resolution: PT24H}
                faultLevels: {CRITICAL: A, MAJOR: A, MINOR: A}
                warranty:
                  startsAt: ACCEPTANCE
                  period: P1Y
                  covers: {parts: true, labour: true, travel: true}
                """.formatted(id);
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType("application/yaml; charset=UTF-8").body(yaml.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/commitments")
                .then().statusCode(201).body("document.serviceLevels.A.onSite", equalTo("PT4H"))
                .body("publishedAt", nullValue());
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType("application/yaml; charset=UTF-8").body(yaml.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/commitments")
                .then().statusCode(409);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"AGENT", "QUALITY", "PARTNER_A", "CUSTOMER_A"})
    void only_managers_and_admins_manage_commitments(TestCaller caller) {
        given().auth().oauth2(caller.token()).when().get("/api/v1/commitment-templates").then().statusCode(403);
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(seed002As(newId()))
                .when().post("/api/v1/commitments").then().statusCode(403);
    }
}
