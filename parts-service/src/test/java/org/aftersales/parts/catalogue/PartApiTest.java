package org.aftersales.parts.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** The catalogue over HTTP: parts, their supersession, and every refusal. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class PartApiTest {

    @Test
    void a_part_joins_the_catalogue_and_anyone_signed_in_reads_it() {
        String part = Fixtures.part(true);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/parts/{partNumber}", part)
                .then().statusCode(200)
                .body("nameZh", equalTo("电源模块"))
                .body("category", equalTo("PART"))
                .body("serialTracked", equalTo(true))
                .body("fitsModels", hasItem("PM-8000"))
                .body("currentPartNumber", equalTo(part));
        given().auth().oauth2(TestCaller.ENGINEER.token())
                .queryParam("model", "PM-8000").queryParam("size", "500")
                .when().get("/api/v1/parts")
                .then().statusCode(200);
    }

    @Test
    void a_superseded_part_names_the_part_to_use_today_and_a_circle_is_refused() {
        String old = Fixtures.part(false);
        String middle = Fixtures.part(false);
        String current = Fixtures.part(false);
        supersede(old, middle).then().statusCode(200).body("supersededBy", equalTo(middle));
        supersede(middle, current).then().statusCode(200);
        given().auth().oauth2(TestCaller.ENGINEER.token())
                .when().get("/api/v1/parts/{partNumber}", old)
                .then().statusCode(200).body("currentPartNumber", equalTo(current));

        supersede(current, old).then().statusCode(409).contentType("application/problem+json");
        supersede(old, old).then().statusCode(409);
        supersede(old, "NO-SUCH-PART").then().statusCode(400).body("errors[0].field", equalTo("supersededBy"));
        supersede("NO-SUCH-PART", old).then().statusCode(404);
    }

    @Test
    void bad_parts_are_refused_naming_the_field_and_nothing_is_stored() {
        String partNumber = Fixtures.newPartNumber();
        post(TestCaller.PARTS_CLERK, """
                {"partNumber": "%s", "nameZh": "电源", "category": "GADGET", "unit": "PCS", "serialTracked": false}"""
                .formatted(partNumber)).then().statusCode(400).body("errors[0].field", equalTo("category"));
        post(TestCaller.PARTS_CLERK, """
                {"partNumber": "%s", "nameZh": "电源", "category": "PART", "unit": "PCS", "serialTracked": false,
                 "status": "ACTIVE"}""".formatted(partNumber))
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        post(TestCaller.PARTS_CLERK, """
                {"partNumber": "lower case", "nameZh": "电源", "category": "PART", "unit": "PCS",
                 "serialTracked": false, "unitCost": -1}""")
                .then().statusCode(400).body("errors.field", hasItem("partNumber"))
                .body("errors.field", hasItem("unitCost"));
        post(TestCaller.PARTS_CLERK, "{\"partNumber\": ").then().statusCode(400);
        given().auth().oauth2(TestCaller.ENGINEER.token())
                .when().get("/api/v1/parts/{partNumber}", partNumber).then().statusCode(404);
    }

    @Test
    void a_taken_part_number_is_409_and_only_the_stock_desk_adds_parts() {
        String part = Fixtures.part(false);
        String body = """
                {"partNumber": "%s", "nameZh": "电源", "category": "CONSUMABLE", "unit": "PCS",
                 "serialTracked": false}""".formatted(part);
        post(TestCaller.MANAGER, body).then().statusCode(409).body("detail", containsString(part));
        for (TestCaller caller : new TestCaller[] {TestCaller.ENGINEER, TestCaller.PARTNER_A, TestCaller.CUSTOMER_A}) {
            post(caller, body.replace(part, Fixtures.newPartNumber())).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/parts").then().statusCode(401);
        given().when().get("/api/v1/parts").then().statusCode(401);
    }

    private static io.restassured.response.Response post(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/parts");
    }

    private static io.restassured.response.Response supersede(String part, String newer) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body("{\"supersededBy\": \"" + newer + "\"}")
                .when().put("/api/v1/parts/{partNumber}/supersession", part);
    }
}
