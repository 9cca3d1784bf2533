package org.aftersales.parts.stock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Units of serial-tracked parts over HTTP (ADR 0035): received by serial, reserved, issued, consumed, returned and
 * transferred by serial, listed per part and location, and every refusal — 400 naming the field, 409 naming the
 * serial's field — changing nothing.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class StockUnitApiTest {

    @AfterEach
    void ledger_and_units_balance() {
        Fixtures.assertLedgerBalances();
    }

    @Test
    void a_receipt_of_a_serial_tracked_part_lists_each_unit_and_the_stock_shows_them() {
        String part = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        receipt(TestCaller.PARTS_CLERK, part, warehouse, 2, "[\"SN-2\", \"SN-1\"]").then().statusCode(201)
                .body("onHand", equalTo(2));

        units(TestCaller.PARTS_CLERK, part, warehouse).then()
                .body("total", equalTo(2))
                .body("items.serialNumber", contains("SN-1", "SN-2"))
                .body("items.state", everyItem(equalTo("IN_STOCK")))
                .body("items.warehouseId", everyItem(equalTo(warehouse.toString())));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("part", part)
                .when().get("/api/v1/stock/movements").then().statusCode(200)
                .body("items.kind", contains("RECEIPT", "RECEIPT"))
                .body("items.quantity", contains(1, 1))
                .body("items.serialNumber", contains("SN-2", "SN-1"));
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/stock/reconciliation").then()
                .statusCode(200).body("balanced", equalTo(true)).body("unitDifferences.size()", equalTo(0));
    }

    @Test
    void bad_receipts_are_400_naming_serial_numbers_and_a_unit_held_already_is_409() {
        String tracked = Fixtures.part(true);
        String plain = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        receipt(TestCaller.PARTS_CLERK, tracked, warehouse, 1, null).then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
        receipt(TestCaller.PARTS_CLERK, tracked, warehouse, 2, "[\"SN-1\"]").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
        receipt(TestCaller.PARTS_CLERK, tracked, warehouse, 2, "[\"SN-1\", \" SN-1\"]").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
        receipt(TestCaller.PARTS_CLERK, tracked, warehouse, 1, "[\"\"]").then().statusCode(400)
                .body("errors[0].field", containsString("serialNumbers"));
        receipt(TestCaller.PARTS_CLERK, plain, warehouse, 1, "[\"SN-1\"]").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"))
                .body("errors[0].message", containsString("not serial-tracked"));

        Fixtures.receiveUnits(tracked, warehouse, "SN-1");
        UUID elsewhere = Fixtures.warehouse();
        receipt(TestCaller.PARTS_CLERK, tracked, elsewhere, 2, "[\"SN-2\", \"SN-1\"]").then().statusCode(409)
                .body("errors[0].field", equalTo("serialNumbers[1]"))
                .body("detail", containsString("Unit SN-1 of " + tracked + " is IN_STOCK"));
        units(TestCaller.PARTS_CLERK, tracked, null).then().body("items.serialNumber", contains("SN-1"))
                .body("items[0].warehouseId", equalTo(warehouse.toString()));
        stock(tracked, elsewhere).then().body("total", equalTo(0));
    }

    @Test
    void a_unit_is_reserved_issued_consumed_or_returned_by_its_serial() {
        String part = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(part, warehouse, "SN-A", "SN-B", "SN-C");
        UUID ticket = UUID.randomUUID();

        String named = reserve(Fixtures.reservation(ticket, part, warehouse, 1), "\"SN-A\"").then().statusCode(201)
                .body("serialNumber", equalTo("SN-A")).extract().path("id");
        unitState(part, "SN-A", "RESERVED", warehouse).body("items[0].reservationId", equalTo(named));
        step(named, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\", \"serialNumber\": \"SN-B\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("serialNumber"))
                .body("errors[0].message", containsString("SN-A"));
        step(named, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\"}").then().statusCode(200)
                .body("serialNumber", equalTo("SN-A"));
        unitState(part, "SN-A", "ISSUED", warehouse);
        step(named, "{\"action\": \"CONSUME\"}").then().statusCode(200);
        unitState(part, "SN-A", "CONSUMED", warehouse);
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/stock/movements").then()
                .body("items.kind", contains("RESERVATION", "ISSUE", "CONSUMPTION"))
                .body("items.serialNumber", everyItem(equalTo("SN-A")));

        String any = reserve(Fixtures.reservation(ticket, part, warehouse, 1), null).then().statusCode(201)
                .extract().path("id");
        step(any, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\", \"serialNumber\": \"SN-A\"}")
                .then().statusCode(409).body("errors[0].field", equalTo("serialNumber"))
                .body("detail", containsString("Unit SN-A of " + part + " is CONSUMED"));
        step(any, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\", \"serialNumber\": \"SN-C\"}")
                .then().statusCode(200).body("serialNumber", equalTo("SN-C"));
        step(any, "{\"action\": \"RETURN\"}").then().statusCode(200);
        unitState(part, "SN-C", "IN_STOCK", warehouse).body("items[0].reservationId", equalTo(null));
        stock(part, warehouse).then().body("items[0].onHand", equalTo(2)).body("items[0].reserved", equalTo(0));
    }

    @Test
    void bad_reservations_and_issues_of_units_are_refused_naming_the_field() {
        String tracked = Fixtures.part(true);
        String plain = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        UUID elsewhere = Fixtures.warehouse();
        Fixtures.receiveUnits(tracked, warehouse, "SN-1", "SN-2");
        Fixtures.receiveUnits(tracked, elsewhere, "SN-9");
        Fixtures.receive(plain, warehouse, 2);
        UUID ticket = UUID.randomUUID();

        reserve(Fixtures.reservation(ticket, tracked, warehouse, 2), null).then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        reserve(Fixtures.reservation(ticket, plain, warehouse, 1), "\"SN-1\"").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumber"));
        reserve(Fixtures.reservation(ticket, tracked, warehouse, 1), "\"SN-9\"").then().statusCode(409)
                .body("errors[0].field", equalTo("serialNumber"))
                .body("detail", containsString("Unit SN-9 of " + tracked + " is IN_STOCK at warehouse " + elsewhere));
        reserve(Fixtures.reservation(ticket, tracked, warehouse, 1), "\"SN-NOWHERE\"").then().statusCode(409)
                .body("detail", containsString("is not in stock anywhere"));
        String first = reserve(Fixtures.reservation(ticket, tracked, warehouse, 1), "\"SN-1\"").then()
                .statusCode(201).extract().path("id");
        reserve(Fixtures.reservation(ticket, tracked, warehouse, 1), "\"SN-1\"").then().statusCode(409)
                .body("detail", containsString("is RESERVED"));
        stock(tracked, warehouse).then().body("items[0].reserved", equalTo(1));

        String plainReservation = reserve(Fixtures.reservation(ticket, plain, warehouse, 1), null).then()
                .statusCode(201).extract().path("id");
        step(plainReservation, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\", \"serialNumber\": \"X-1\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("serialNumber"));
        String any = reserve(Fixtures.reservation(ticket, tracked, warehouse, 1), null).then().statusCode(201)
                .extract().path("id");
        step(any, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumber"));
        step(any, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\", \"serialNumber\": \"SN-1\"}").then()
                .statusCode(409).body("errors[0].field", equalTo("serialNumber"))
                .body("detail", containsString("RESERVED"));
        step(any, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\", \"serialNumber\": \"SN-9\"}").then()
                .statusCode(409).body("errors[0].field", equalTo("serialNumber"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).when().get("/api/v1/reservations/{id}", any).then()
                .body("status", equalTo("RESERVED")).body("serialNumber", equalTo(null));
        step(first, "{\"action\": \"RELEASE\"}").then().statusCode(200);
        unitState(tracked, "SN-1", "IN_STOCK", warehouse);
    }

    @Test
    void a_transfer_moves_its_units_in_transit_and_its_receipt_puts_them_in_stock_there() {
        String part = Fixtures.part(true);
        UUID source = Fixtures.warehouse();
        UUID destination = Fixtures.warehouse();
        Fixtures.receiveUnits(part, source, "SN-1", "SN-2", "SN-3");
        reserve(Fixtures.reservation(UUID.randomUUID(), part, source, 1), "\"SN-3\"").then().statusCode(201);

        transfer(part, source, destination, 1, null).then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
        transfer(part, source, destination, 1, "[\"SN-3\"]").then().statusCode(409)
                .body("errors[0].field", equalTo("serialNumbers[0]")).body("detail", containsString("RESERVED"));
        transfer(part, destination, source, 1, "[\"SN-1\"]").then().statusCode(409);
        String id = transfer(part, source, destination, 2, "[\"SN-1\", \"SN-2\"]").then().statusCode(201)
                .body("serialNumbers", contains("SN-1", "SN-2")).extract().path("id");
        unitState(part, "SN-1", "IN_TRANSIT", destination).body("items[0].transferId", equalTo(id));
        stock(part, destination).then().body("items[0].inTransit", equalTo(2)).body("items[0].onHand", equalTo(0));
        Fixtures.assertLedgerBalances();

        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).when().post("/api/v1/stock/transfers/{id}/receipt", id)
                .then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("serialNumbers", contains("SN-1", "SN-2"));
        units(TestCaller.PARTS_CLERK, part, destination).then().body("items.serialNumber", contains("SN-1", "SN-2"))
                .body("items.state", everyItem(equalTo("IN_STOCK")));
        stock(part, destination).then().body("items[0].inTransit", equalTo(0)).body("items[0].onHand", equalTo(2));
        String plain = Fixtures.part(false);
        Fixtures.receive(plain, source, 1);
        transfer(plain, source, destination, 1, "[\"SN-1\"]").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumbers"));
    }

    @Test
    void units_are_seen_as_the_stock_is_by_role_and_organisation() {
        String part = Fixtures.part(true);
        UUID partners = Fixtures.warehouse(TestCaller.PARTNER_A, null, "REGIONAL", null);
        Fixtures.receiveUnits(part, partners, "SN-P1");
        units(TestCaller.PARTNER_A, part, partners).then().body("total", equalTo(1));
        units(TestCaller.PARTNER_B, part, partners).then().body("total", equalTo(0));
        units(TestCaller.ENGINEER, part, null).then().body("total", equalTo(1));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/stock/units").then()
                .statusCode(403);
        given().when().get("/api/v1/stock/units").then().statusCode(401);
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("state", "SOMEWHERE")
                .when().get("/api/v1/stock/units").then().statusCode(400).body("errors.field", hasItem("state"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("warehouse", "nope")
                .when().get("/api/v1/stock/units").then().statusCode(400)
                .body("errors[0].field", equalTo("warehouse"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("part", part)
                .queryParam("state", "IN_STOCK").when().get("/api/v1/stock/units").then().statusCode(200)
                .body("items.serialNumber", contains("SN-P1"));
        receipt(TestCaller.PARTNER_B, part, partners, 1, "[\"SN-P2\"]").then().statusCode(404);
    }

    static Response receipt(TestCaller by, String part, UUID warehouse, int quantity, String serials) {
        return given().auth().oauth2(by.token()).contentType(ContentType.JSON)
                .body("""
                        {"partNumber": "%s", "warehouseId": "%s", "quantity": %d, "serialNumbers": %s}"""
                        .formatted(part, warehouse, quantity, serials))
                .when().post("/api/v1/stock/receipts");
    }

    static Response reserve(String body, String serial) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body(serial == null ? body : body.replace("}", ", \"serialNumber\": " + serial + "}"))
                .when().post("/api/v1/reservations");
    }

    static Response step(String id, String body) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reservations/{id}/transitions", id);
    }

    static Response transfer(String part, UUID from, UUID to, int quantity, String serials) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body("""
                        {"partNumber": "%s", "fromWarehouseId": "%s", "toWarehouseId": "%s", "quantity": %d,
                         "reason": "补充随车库", "serialNumbers": %s}""".formatted(part, from, to, quantity, serials))
                .when().post("/api/v1/stock/transfers");
    }

    static Response units(TestCaller by, String part, UUID warehouse) {
        var request = given().auth().oauth2(by.token()).queryParam("part", part);
        if (warehouse != null) {
            request.queryParam("warehouse", warehouse.toString());
        }
        return request.when().get("/api/v1/stock/units").then().statusCode(200).extract().response();
    }

    static ValidatableResponse unitState(String part, String serial, String state,
            UUID warehouse) {
        return Fixtures.unit(part, serial).then().body("total", equalTo(1)).body("items[0].state", equalTo(state))
                .body("items[0].warehouseId", equalTo(warehouse.toString()));
    }

    static Response stock(String part, UUID warehouse) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", part).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock").then().statusCode(200).extract().response();
    }
}
