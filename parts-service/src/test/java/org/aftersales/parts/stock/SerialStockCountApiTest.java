package org.aftersales.parts.stock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
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
 * 盘点 by serial (ADR 0035): a serial-tracked part is counted by the serials found; the line shows the units missing
 * and unexpected; approval writes one adjustment per unit and moves the units.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class SerialStockCountApiTest {

    static final String LINE = "lines.find { it.partNumber == '%s' }.";

    @AfterEach
    void ledger_and_units_balance() {
        Fixtures.assertLedgerBalances();
    }

    @Test
    void a_count_by_serial_shows_missing_and_unexpected_units_and_its_approval_adjusts_each() {
        String part = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(part, warehouse, "SN-1", "SN-2", "SN-3");
        String count = open(warehouse);

        line(count, part, "{\"serialNumbers\": [\"SN-1\", \"SN-2\", \"SN-9\"]}").then().statusCode(200)
                .body(LINE.formatted(part) + "book", equalTo(3))
                .body(LINE.formatted(part) + "counted", equalTo(3))
                .body(LINE.formatted(part) + "variance", equalTo(0))
                .body(LINE.formatted(part) + "missingSerials", contains("SN-3"))
                .body(LINE.formatted(part) + "unexpectedSerials", contains("SN-9"));
        line(count, part, "{\"counted\": 1, \"serialNumbers\": [\"SN-1\", \"SN-4\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("counted"));
        line(count, part, "{\"counted\": 2, \"serialNumbers\": [\"SN-1\", \"SN-4\"]}").then().statusCode(200)
                .body(LINE.formatted(part) + "variance", equalTo(-1))
                .body(LINE.formatted(part) + "missingSerials", contains("SN-2", "SN-3"))
                .body(LINE.formatted(part) + "unexpectedSerials", contains("SN-4"));

        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/stock/counts/{id}/approval", count).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body(LINE.formatted(part) + "missingSerials", contains("SN-2", "SN-3"));
        Fixtures.unit(part, "SN-2").then().body("items[0].state", equalTo("MISSING"));
        Fixtures.unit(part, "SN-3").then().body("items[0].state", equalTo("MISSING"));
        Fixtures.unit(part, "SN-4").then().body("items[0].state", equalTo("IN_STOCK"))
                .body("items[0].warehouseId", equalTo(warehouse.toString()));
        Fixtures.unit(part, "SN-1").then().body("items[0].state", equalTo("IN_STOCK"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("part", part)
                .queryParam("warehouse", warehouse.toString()).when().get("/api/v1/stock").then()
                .body("items[0].onHand", equalTo(2));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("part", part)
                .when().get("/api/v1/stock/movements").then()
                .body("items.kind", contains("RECEIPT", "RECEIPT", "RECEIPT", "ADJUSTMENT_UP", "ADJUSTMENT_DOWN",
                        "ADJUSTMENT_DOWN"))
                .body("items.serialNumber", contains("SN-1", "SN-2", "SN-3", "SN-4", "SN-2", "SN-3"));
    }

    @Test
    void a_line_of_a_serial_tracked_part_needs_its_serials_and_another_part_refuses_them() {
        String tracked = Fixtures.part(true);
        String plain = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(tracked, warehouse, "SN-1");
        Fixtures.receive(plain, warehouse, 1);
        String count = open(warehouse);

        line(count, tracked, "{\"counted\": 1}").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
        line(count, tracked, "{\"serialNumbers\": [\"SN-1\", \"SN-1\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
        line(count, plain, "{\"counted\": 1, \"serialNumbers\": [\"SN-1\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
        line(count, plain, "{}").then().statusCode(400).body("errors[0].field", equalTo("counted"));
        line(count, plain, "{\"counted\": 1}").then().statusCode(200)
                .body(LINE.formatted(plain) + "missingSerials", empty());
        line(count, tracked, "{\"serialNumbers\": []}").then().statusCode(200)
                .body(LINE.formatted(tracked) + "missingSerials", contains("SN-1"));
        approve(count).then().statusCode(200);
        Fixtures.unit(tracked, "SN-1").then().body("items[0].state", equalTo("MISSING"));
    }

    @Test
    void an_unexpected_unit_held_elsewhere_is_not_adjusted_in() {
        String part = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        UUID elsewhere = Fixtures.warehouse();
        Fixtures.receiveUnits(part, warehouse, "SN-1");
        Fixtures.receiveUnits(part, elsewhere, "SN-2");
        String count = open(warehouse);
        line(count, part, "{\"serialNumbers\": [\"SN-1\", \"SN-2\"]}").then().statusCode(200)
                .body(LINE.formatted(part) + "unexpectedSerials", contains("SN-2"));

        approve(count).then().statusCode(409).body("errors[0].field", equalTo("serialNumbers[0]"))
                .body("detail", containsString("Unit SN-2 of " + part + " is IN_STOCK at warehouse " + elsewhere));
        Fixtures.unit(part, "SN-2").then().body("items[0].warehouseId", equalTo(elsewhere.toString()));
        line(count, part, "{\"serialNumbers\": [\"SN-1\"]}").then().statusCode(200);
        approve(count).then().statusCode(200);
    }

    private static String open(UUID warehouse) {
        return given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"warehouseId\": \"" + warehouse + "\"}")
                .when().post("/api/v1/stock/counts").then().statusCode(201).extract().path("id");
    }

    private static Response approve(String count) {
        return given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/stock/counts/{id}/approval", count);
    }

    private static Response line(String count, String part, String body) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/stock/counts/{id}/lines/{part}", count, part);
    }
}
