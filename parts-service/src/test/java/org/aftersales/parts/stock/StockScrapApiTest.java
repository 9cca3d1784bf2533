package org.aftersales.parts.stock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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

/**
 * Scrapping stock on the shelf over HTTP (报废): a SCRAP ledger entry with its reason, a serial-tracked part unit by
 * unit (each SCRAPPED), only what is available; every refusal changes nothing.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class StockScrapApiTest {

    @AfterEach
    void ledger_and_units_balance() {
        Fixtures.assertLedgerBalances();
    }

    @Test
    void scrapping_takes_stock_off_the_shelf_with_a_scrap_entry_and_its_reason() {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receive(part, warehouse, 5);

        scrap(TestCaller.PARTS_CLERK, part, warehouse, 2, "受潮损坏，无法使用", null).then().statusCode(201)
                .body("onHand", equalTo(3)).body("available", equalTo(3));

        movements(part).then().body("items.kind", contains("RECEIPT", "SCRAP"))
                .body("items[1].quantity", equalTo(2)).body("items[1].reason", equalTo("受潮损坏，无法使用"))
                .body("items[1].recordedBy", equalTo(TestCaller.PARTS_CLERK.username()));
    }

    @Test
    void a_serial_tracked_part_is_scrapped_by_its_units_which_then_are_scrapped() {
        String part = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(part, warehouse, "SN-S1", "SN-S2");

        scrap(TestCaller.MANAGER, part, warehouse, 1, "跌落损坏", "[\"SN-S2\"]").then().statusCode(201)
                .body("onHand", equalTo(1));

        Fixtures.unit(part, "SN-S2").then().body("items[0].state", equalTo("SCRAPPED"));
        Fixtures.unit(part, "SN-S1").then().body("items[0].state", equalTo("IN_STOCK"));
        scrap(TestCaller.MANAGER, part, warehouse, 1, "再次报废", "[\"SN-S2\"]").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("serialNumbers[0]"));
    }

    @Test
    void only_available_stock_can_be_scrapped_and_bad_bodies_are_400_naming_the_field() {
        String part = Fixtures.part(false);
        String tracked = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receive(part, warehouse, 3);
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body(Fixtures.reservation(UUID.randomUUID(), part, warehouse, 2))
                .when().post("/api/v1/reservations").then().statusCode(201);

        scrap(TestCaller.PARTS_CLERK, part, warehouse, 2, "过期", null).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("2 requested, 1 available"));
        scrap(TestCaller.PARTS_CLERK, part, warehouse, 1, null, null).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        scrap(TestCaller.PARTS_CLERK, part, warehouse, 1, " ", null).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        scrap(TestCaller.PARTS_CLERK, part, warehouse, 0, "过期", null).then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        scrap(TestCaller.PARTS_CLERK, part, warehouse, 1, "过期", "[\"SN-1\"]").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
        scrap(TestCaller.PARTS_CLERK, tracked, warehouse, 1, "过期", null).then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body("{\"partNumber\": \"" + part + "\", \"warehouseId\": \"" + warehouse
                        + "\", \"quantity\": 1, \"reason\": \"过期\", \"colour\": \"red\"}")
                .when().post("/api/v1/stock/scraps").then().statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        scrap(TestCaller.PARTS_CLERK, "NO-SUCH-PART-1", warehouse, 1, "过期", null).then().statusCode(404);

        movements(part).then().body("items.kind", contains("RECEIPT", "RESERVATION"));
        scrap(TestCaller.PARTS_CLERK, part, warehouse, 1, "过期", null).then().statusCode(201)
                .body("onHand", equalTo(2)).body("available", equalTo(0));
    }

    @Test
    void roles_and_organisations_decide_who_scraps_where() {
        String part = Fixtures.part(false);
        UUID partners = Fixtures.warehouse(TestCaller.PARTNER_A, null, "REGIONAL", null);
        Fixtures.receive(part, partners, 3);

        scrap(TestCaller.ENGINEER, part, partners, 1, "过期", null).then().statusCode(403);
        scrap(TestCaller.CUSTOMER_A, part, partners, 1, "过期", null).then().statusCode(403);
        scrap(TestCaller.PARTNER_B, part, partners, 1, "过期", null).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/stock/scraps").then()
                .statusCode(401);
        movements(part).then().body("items.kind", contains("RECEIPT"));

        scrap(TestCaller.PARTNER_A, part, partners, 1, "过期", null).then().statusCode(201)
                .body("onHand", equalTo(2));
    }

    static Response scrap(TestCaller by, String part, UUID warehouse, int quantity, String reason, String serials) {
        return given().auth().oauth2(by.token()).contentType(ContentType.JSON)
                .body("""
                        {"partNumber": "%s", "warehouseId": "%s", "quantity": %d, "reason": %s, "serialNumbers": %s}"""
                        .formatted(part, warehouse, quantity, reason == null ? "null" : "\"" + reason + "\"",
                                serials))
                .when().post("/api/v1/stock/scraps");
    }

    static Response movements(String part) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("part", part)
                .when().get("/api/v1/stock/movements").then().statusCode(200).extract().response();
    }
}
