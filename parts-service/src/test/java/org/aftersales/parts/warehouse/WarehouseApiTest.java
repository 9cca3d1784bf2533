package org.aftersales.parts.warehouse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Warehouses of four kinds; a partner sees and runs its own only, another's is 404. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class WarehouseApiTest {

    @Test
    void a_partner_runs_its_own_warehouses_and_never_sees_another_tenants() {
        UUID own = Fixtures.warehouse(TestCaller.PARTNER_A, null, "REGIONAL", null);
        UUID site = Fixtures.warehouse(TestCaller.PARTS_CLERK, "dealer-a/customer-a", "CUSTOMER_SITE", null);
        UUID vendors = Fixtures.warehouse();
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/warehouses/{id}", own)
                .then().statusCode(200).body("organisation", equalTo("dealer-a")).body("kind", equalTo("REGIONAL"));
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/warehouses/{id}", site)
                .then().statusCode(200);
        for (UUID hidden : new UUID[] {vendors, own}) {
            TestCaller stranger = hidden.equals(own) ? TestCaller.PARTNER_B : TestCaller.PARTNER_A;
            given().auth().oauth2(stranger.token()).when().get("/api/v1/warehouses/{id}", hidden)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(TestCaller.PARTNER_B.token()).queryParam("size", "500")
                .when().get("/api/v1/warehouses")
                .then().statusCode(200).body("items.id", not(hasItem(own.toString())))
                .body("items.organisation", everyItem(equalTo("dealer-b")));
        given().auth().oauth2(TestCaller.ENGINEER.token()).when().get("/api/v1/warehouses/{id}", own)
                .then().statusCode(200);
    }

    @Test
    void a_van_names_its_engineer_and_bad_warehouses_are_refused() {
        UUID van = Fixtures.warehouse(TestCaller.PARTS_CLERK, null, "VAN", "engineer");
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/warehouses/{id}", van)
                .then().statusCode(200).body("engineer", equalTo("engineer"));
        post(TestCaller.PARTS_CLERK, body("WH-" + code(), "VAN", null, null)).then().statusCode(400)
                .body("errors[0].field", equalTo("engineer"));
        post(TestCaller.PARTS_CLERK, body("WH-" + code(), "WAREHOUSE", null, null)).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        post(TestCaller.PARTS_CLERK, body("WH-" + code(), "CENTRAL", "Not An Org", null)).then().statusCode(400)
                .body("errors[0].field", equalTo("organisation"));
        String taken = "WH-" + code();
        post(TestCaller.PARTS_CLERK, body(taken, "CENTRAL", null, null)).then().statusCode(201);
        post(TestCaller.PARTS_CLERK, body(taken, "CENTRAL", null, null)).then().statusCode(409);
        post(TestCaller.PARTNER_A, body("WH-" + code(), "REGIONAL", "dealer-b", null)).then().statusCode(403);
        post(TestCaller.ENGINEER, body("WH-" + code(), "REGIONAL", null, null)).then().statusCode(403);
        post(TestCaller.CUSTOMER_A, body("WH-" + code(), "REGIONAL", null, null)).then().statusCode(403);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/warehouses").then().statusCode(403);
        given().when().get("/api/v1/warehouses").then().statusCode(401);
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/warehouses/{id}", UUID.randomUUID())
                .then().statusCode(404);
    }

    /** The engineer of a location, by kind: each row one POST, a blank name counting as given, never as absent. */
    @ParameterizedTest(name = "{0} with engineer [{1}]: {2}")
    @CsvSource(nullValues = "NULL", value = {
            "VAN,      engineer, 201",
            "VAN,      NULL,     400",
            "VAN,      '',       400",
            "VAN,      '   ',    400",
            "VAN,      '　',     400",
            "CENTRAL,  NULL,     201",
            "CENTRAL,  engineer, 400",
            "CENTRAL,  '',       400",
            "REGIONAL, '  ',     400",
            "CUSTOMER_SITE, '', 400"})
    void the_engineer_is_named_for_a_van_and_for_nothing_else(String kind, String engineer, int status) {
        var response = post(TestCaller.PARTS_CLERK, body("WH-" + code(), kind, null, engineer)).then()
                .statusCode(status);
        if (status == 400) {
            response.contentType("application/problem+json").body("errors[0].field", equalTo("engineer"));
        }
    }

    private static String code() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String body(String code, String kind, String organisation, String engineer) {
        return """
                {"code": "%s", "name": "库", "kind": "%s", "organisation": %s, "region": "east", "address": "上海",
                 "engineer": %s}""".formatted(code, kind, organisation == null ? "null" : "\"" + organisation + "\"",
                engineer == null ? "null" : "\"" + engineer + "\"");
    }

    private static io.restassured.response.Response post(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/warehouses");
    }
}
