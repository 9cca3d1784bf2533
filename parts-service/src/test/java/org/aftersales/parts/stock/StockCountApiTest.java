package org.aftersales.parts.stock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 盘点: a count freezes its location, finds variances, and its approval adjusts the stock through the ledger. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class StockCountApiTest {

    @AfterEach
    void ledger_balances() {
        Fixtures.assertLedgerBalances();
    }

    @Test
    void a_count_freezes_its_location_and_its_approval_writes_the_variances_as_adjustments() {
        String short_ = Fixtures.part(false);
        String over = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receive(short_, warehouse, 5);
        Fixtures.receive(over, warehouse, 2);

        String count = given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"warehouseId\": \"" + warehouse + "\"}")
                .when().post("/api/v1/stock/counts").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"warehouseId\": \"" + warehouse + "\"}")
                .when().post("/api/v1/stock/counts").then().statusCode(409);
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body(Fixtures.reservation(UUID.randomUUID(), short_, warehouse, 1))
                .when().post("/api/v1/reservations").then().statusCode(409)
                .body("detail", containsString("frozen for a stock count"));

        line(count, short_, "{\"counted\": 3}").then().statusCode(200);
        line(count, over, "{\"counted\": 4}").then().statusCode(200)
                .body("lines.find { it.partNumber == '%s' }.variance".formatted(short_), equalTo(-2))
                .body("lines.find { it.partNumber == '%s' }.variance".formatted(over), equalTo(2));
        line(count, over, "{\"counted\": -1}").then().statusCode(400).body("errors[0].field", equalTo("counted"));
        line(count, "NO-SUCH-PART", "{\"counted\": 1}").then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .when().post("/api/v1/stock/counts/{id}/approval", count).then().statusCode(403);

        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/stock/counts/{id}/approval", count).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo("manager"));
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/stock/counts/{id}/approval", count).then().statusCode(409);
        onHand(short_, warehouse).then().body("items[0].onHand", equalTo(3));
        onHand(over, warehouse).then().body("items[0].onHand", equalTo(4));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("part", short_)
                .when().get("/api/v1/stock/movements").then()
                .body("items.kind[1]", equalTo("ADJUSTMENT_DOWN"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body(Fixtures.reservation(UUID.randomUUID(), short_, warehouse, 1))
                .when().post("/api/v1/reservations").then().statusCode(201);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/stock/counts/{id}", count)
                .then().statusCode(403);
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/stock/counts/{id}", UUID.randomUUID())
                .then().statusCode(404);
    }

    private static Response line(String count, String part, String body) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/stock/counts/{id}/lines/{part}", count, part);
    }

    private static Response onHand(String part, UUID warehouse) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", part).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock").then().statusCode(200).extract().response();
    }
}
