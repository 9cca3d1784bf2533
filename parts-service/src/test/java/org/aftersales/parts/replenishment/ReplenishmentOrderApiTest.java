package org.aftersales.parts.replenishment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftersales.events.parts.ReplenishmentOrderEvents;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * 补货单: ordered for a location, received in parts (each a RECEIPT naming the order; a serial-tracked part's by the
 * serial of each unit, as a stock receipt), never more than ordered; a refused receipt changes nothing.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ReplenishmentOrderApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final String ORDERS = "/api/v1/stock/replenishment-orders";

    @Test
    void an_order_answers_the_open_alert_and_is_received_in_parts_until_the_alert_clears() {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body("{\"minimum\": 3}")
                .when().put("/api/v1/stock/minimums/{warehouse}/{part}", warehouse, part).then().statusCode(200);
        String alert = (String) alertOf(part).get("id");

        Response placed = place(TestCaller.MANAGER, """
                {"warehouseId": "%s", "partNumber": "%s", "quantity": 5, "supplier": "上海电源有限公司",
                 "reason": "低于最低库存"}""".formatted(warehouse, part));
        placed.then().statusCode(201).header("Location", containsString(ORDERS + "/"))
                .body("status", equalTo("OPEN")).body("received", equalTo(0)).body("reorderAlertId", equalTo(alert))
                .body("supplier", equalTo("上海电源有限公司")).body("orderedBy", equalTo("manager"));
        String order = placed.path("id");
        assertThat(alertOf(part).get("openOrderId")).isEqualTo(order);

        receive(TestCaller.PARTS_CLERK, order, 2).then().statusCode(200).body("status", equalTo("PARTLY_RECEIVED"))
                .body("received", equalTo(2));
        assertThat(alertOf(part).get("openOrderId")).isEqualTo(order);
        receive(TestCaller.PARTS_CLERK, order, 4).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("3 of 5 still to arrive"));
        receive(TestCaller.PARTS_CLERK, order, 3).then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("received", equalTo(5));
        assertThat(alertOf(part)).isNull();
        receive(TestCaller.PARTS_CLERK, order, 1).then().statusCode(409).body("detail", containsString("RECEIVED"));
        cancel(TestCaller.MANAGER, order).then().statusCode(409);

        List<Map<String, Object>> receipts = given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", part).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock/movements").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(receipts).extracting(m -> m.get("kind"), m -> m.get("quantity"), m -> m.get("replenishmentOrderId"))
                .containsExactly(tuple("RECEIPT", 2, order),
                        tuple("RECEIPT", 3, order));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("warehouse", warehouse.toString())
                .queryParam("status", "RECEIVED").when().get(ORDERS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(order));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("warehouse", warehouse.toString())
                .queryParam("status", "OPEN").when().get(ORDERS).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get(ORDERS + "/{id}", order).then().statusCode(200)
                .body("received", equalTo(5));

        var events = KAFKA.awaitRecords(ReplenishmentOrderEvents.PLACED.topic(), r -> order.equals(r.key()), 3,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> JsonPath.from(r.value()).getString("type")).containsExactly(
                ReplenishmentOrderEvents.PLACED.type(), ReplenishmentOrderEvents.RECEIVED.type(),
                ReplenishmentOrderEvents.RECEIVED.type());
        assertThat(JsonPath.from(events.get(2).value()).getInt("data.receivedNow")).isEqualTo(3);
        Fixtures.assertLedgerBalances();
    }

    @Test
    void an_order_filled_from_another_location_takes_its_stock_and_never_more_than_is_there() {
        String part = Fixtures.part(false);
        UUID source = Fixtures.warehouse();
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receive(part, source, 4);
        String order = place(TestCaller.PARTS_CLERK, """
                {"warehouseId": "%s", "partNumber": "%s", "quantity": 6, "fromWarehouseId": "%s"}"""
                .formatted(warehouse, part, source)).then().statusCode(201)
                .body("reorderAlertId", nullValue()).extract().path("id");

        receive(TestCaller.PARTS_CLERK, order, 3).then().statusCode(200).body("received", equalTo(3));
        receive(TestCaller.PARTS_CLERK, order, 2).then().statusCode(409)
                .body("detail", containsString("Not enough stock of " + part));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).when().get(ORDERS + "/{id}", order).then()
                .body("received", equalTo(3)).body("status", equalTo("PARTLY_RECEIVED"));
        assertOnHand(part, source, 1);
        assertOnHand(part, warehouse, 3);

        cancel(TestCaller.PARTS_CLERK, order).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("parts")).body("received", equalTo(3));
        receive(TestCaller.PARTS_CLERK, order, 1).then().statusCode(409).body("detail", containsString("CANCELLED"));
        cancel(TestCaller.PARTS_CLERK, order).then().statusCode(409);
        KAFKA.awaitRecords(ReplenishmentOrderEvents.CANCELLED.topic(), r -> order.equals(r.key())
                && r.value().contains(ReplenishmentOrderEvents.CANCELLED.type()), 1,
                Duration.ofSeconds(30));
        Fixtures.assertLedgerBalances();
    }

    @Test
    void bad_orders_and_receipts_are_refused_naming_the_field() {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        UUID other = Fixtures.warehouse();
        String body = "{\"warehouseId\": \"%s\", \"partNumber\": \"%s\", \"quantity\": %s%s}";
        expectField(place(TestCaller.MANAGER, "{\"partNumber\": \"%s\", \"quantity\": 1}".formatted(part)),
                "warehouseId");
        expectField(place(TestCaller.MANAGER, body.formatted(warehouse, part, "0", "")), "quantity");
        expectField(place(TestCaller.MANAGER, body.formatted(warehouse, part, "null", "")), "quantity");
        expectField(place(TestCaller.MANAGER, body.formatted(warehouse, "bad part", "1", "")), "partNumber");
        expectField(place(TestCaller.MANAGER, body.formatted(warehouse, part, "1",
                ", \"supplier\": \"X\", \"fromWarehouseId\": \"" + other + "\"")), "fromWarehouseId");
        expectField(place(TestCaller.MANAGER, body.formatted(warehouse, part, "1",
                ", \"fromWarehouseId\": \"" + warehouse + "\"")), "fromWarehouseId");
        expectField(place(TestCaller.MANAGER, body.formatted(warehouse, part, "1", ", \"supplier\": \"  \"")),
                "supplier");
        expectField(place(TestCaller.MANAGER, body.formatted(warehouse, part, "1",
                ", \"reorderAlertId\": \"" + UUID.randomUUID() + "\"")), "reorderAlertId");
        place(TestCaller.MANAGER, body.formatted(warehouse, part, "1", ", \"colour\": \"red\"")).then()
                .statusCode(400);
        place(TestCaller.MANAGER, "{not json").then().statusCode(400);
        place(TestCaller.MANAGER, body.formatted(warehouse, "NO-SUCH-PART", "1", "")).then().statusCode(404);
        place(TestCaller.MANAGER, body.formatted(UUID.randomUUID(), part, "1", "")).then().statusCode(404);
        place(TestCaller.MANAGER, body.formatted(warehouse, part, "1",
                ", \"fromWarehouseId\": \"" + UUID.randomUUID() + "\"")).then().statusCode(404);
        place(TestCaller.ENGINEER, body.formatted(warehouse, part, "1", "")).then().statusCode(403);
        place(TestCaller.QUALITY, body.formatted(warehouse, part, "1", "")).then().statusCode(403);

        String order = place(TestCaller.MANAGER, body.formatted(warehouse, part, "2", "")).then().statusCode(201)
                .extract().path("id");
        expectField(receive(TestCaller.PARTS_CLERK, order, 0), "quantity");
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON).body("{}")
                .when().post(ORDERS + "/{id}/receipts", order).then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        receive(TestCaller.PARTS_CLERK, UUID.randomUUID().toString(), 1).then().statusCode(404);
        receive(TestCaller.ENGINEER, order, 1).then().statusCode(403);
        cancel(TestCaller.MANAGER, UUID.randomUUID().toString()).then().statusCode(404);
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get(ORDERS + "/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("status", "LOST").when().get(ORDERS)
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("warehouse", "nope").when().get(ORDERS)
                .then().statusCode(400).body("errors[0].field", equalTo("warehouse"));
        given().auth().oauth2(TestCaller.ENGINEER.token()).when().get(ORDERS).then().statusCode(403);
        given().when().get(ORDERS).then().statusCode(401);
    }

    @Test
    void a_partner_runs_the_orders_of_its_own_warehouses_and_another_partners_are_404() {
        String part = Fixtures.part(false);
        UUID own = Fixtures.warehouse(TestCaller.PARTNER_A, null, "REGIONAL", null);
        UUID vendors = Fixtures.warehouse();
        String body = "{\"warehouseId\": \"%s\", \"partNumber\": \"%s\", \"quantity\": 2}";
        String order = place(TestCaller.PARTNER_A, body.formatted(own, part)).then().statusCode(201)
                .extract().path("id");
        place(TestCaller.PARTNER_A, body.formatted(vendors, part)).then().statusCode(404);
        place(TestCaller.PARTNER_B, body.formatted(own, part)).then().statusCode(404);

        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get(ORDERS + "/{id}", order).then()
                .statusCode(404);
        receive(TestCaller.PARTNER_B, order, 1).then().statusCode(404);
        cancel(TestCaller.PARTNER_B, order).then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get(ORDERS).then().statusCode(200)
                .body("items.id", not(hasItem(order)));
        given().auth().oauth2(TestCaller.PARTNER_B.token()).queryParam("warehouse", own.toString())
                .when().get(ORDERS).then().statusCode(200).body("total", equalTo(0));

        receive(TestCaller.PARTNER_A, order, 2).then().statusCode(200).body("status", equalTo("RECEIVED"));
        given().auth().oauth2(TestCaller.PARTNER_A.token()).queryParam("warehouse", own.toString())
                .when().get(ORDERS).then().statusCode(200).body("items.id", hasItem(order));
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get(ORDERS + "/{id}", order).then()
                .statusCode(200);
        Fixtures.assertLedgerBalances();
    }

    @Test
    void concurrent_receipts_on_one_order_never_receive_more_than_was_ordered() throws Exception {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        String order = place(TestCaller.PARTS_CLERK, """
                {"warehouseId": "%s", "partNumber": "%s", "quantity": 20}""".formatted(warehouse, part))
                .then().statusCode(201).extract().path("id");
        String token = TestCaller.PARTS_CLERK.token();

        List<Response> answers = Fixtures.race(16, 100, i -> () -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body("{\"quantity\": 1}")
                .when().post(ORDERS + "/{id}/receipts", order).then().extract().response());

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Response::statusCode,
                Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(200, 409).containsEntry(200, 20L).containsEntry(409, 80L);
        given().auth().oauth2(token).when().get(ORDERS + "/{id}", order).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("received", equalTo(20));
        assertOnHand(part, warehouse, 20);
        List<Map<String, Object>> receipts = given().auth().oauth2(token).queryParam("part", part)
                .queryParam("warehouse", warehouse.toString()).when().get("/api/v1/stock/movements").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(receipts).hasSize(20).allSatisfy(m -> assertThat(m.get("replenishmentOrderId")).isEqualTo(order));
        Fixtures.assertLedgerBalances();
    }

    @Test
    void a_serial_tracked_part_is_received_by_serial_in_two_steps_each_unit_in_stock_at_the_location() {
        String part = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        String order = place(TestCaller.MANAGER, """
                {"warehouseId": "%s", "partNumber": "%s", "quantity": 3, "supplier": "上海电源有限公司"}"""
                .formatted(warehouse, part)).then().statusCode(201).extract().path("id");

        receive(TestCaller.PARTS_CLERK, order, 2, "[\"SN-2\", \" SN-1 \"]").then().statusCode(200)
                .body("status", equalTo("PARTLY_RECEIVED")).body("received", equalTo(2));
        units(part, warehouse).then().body("total", equalTo(2)).body("items.serialNumber", contains("SN-1", "SN-2"))
                .body("items.state", everyItem(equalTo("IN_STOCK")))
                .body("items.warehouseId", everyItem(equalTo(warehouse.toString())));
        receive(TestCaller.PARTS_CLERK, order, 1, "[\"SN-3\"]").then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("received", equalTo(3));

        units(part, warehouse).then().body("total", equalTo(3))
                .body("items.serialNumber", contains("SN-1", "SN-2", "SN-3"))
                .body("items.state", everyItem(equalTo("IN_STOCK")));
        assertOnHand(part, warehouse, 3);
        List<Map<String, Object>> receipts = movements(part, warehouse);
        assertThat(receipts).extracting(m -> m.get("kind"), m -> m.get("quantity"), m -> m.get("serialNumber"),
                m -> m.get("replenishmentOrderId")).containsExactly(tuple("RECEIPT", 1, "SN-2", order),
                tuple("RECEIPT", 1, "SN-1", order), tuple("RECEIPT", 1, "SN-3", order));
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/stock/reconciliation").then()
                .statusCode(200).body("balanced", equalTo(true)).body("unitDifferences.size()", equalTo(0));

        var events = KAFKA.awaitRecords(ReplenishmentOrderEvents.PLACED.topic(), r -> order.equals(r.key()), 3,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> JsonPath.from(r.value()).getString("type"),
                r -> JsonPath.from(r.value()).get("data.receivedNow"),
                r -> JsonPath.from(r.value()).getInt("data.received")).containsExactly(
                tuple(ReplenishmentOrderEvents.PLACED.type(), null, 0),
                tuple(ReplenishmentOrderEvents.RECEIVED.type(), 2, 2),
                tuple(ReplenishmentOrderEvents.RECEIVED.type(), 1, 3));
    }

    @Test
    void bad_serial_numbers_are_refused_naming_serial_numbers_and_change_neither_the_order_nor_the_stock() {
        String tracked = Fixtures.part(true);
        String plain = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        UUID elsewhere = Fixtures.warehouse();
        Fixtures.receiveUnits(tracked, elsewhere, "SN-HELD");
        String body = "{\"warehouseId\": \"%s\", \"partNumber\": \"%s\", \"quantity\": %d}";
        String order = place(TestCaller.MANAGER, body.formatted(warehouse, tracked, 3)).then().statusCode(201)
                .extract().path("id");
        String plainOrder = place(TestCaller.MANAGER, body.formatted(warehouse, plain, 2)).then().statusCode(201)
                .extract().path("id");

        expectSerials(receive(TestCaller.PARTS_CLERK, order, 2, null), "must list exactly 2 distinct");
        expectSerials(receive(TestCaller.PARTS_CLERK, order, 2, "[]"), "must list exactly 2 distinct");
        expectSerials(receive(TestCaller.PARTS_CLERK, order, 2, "[\"SN-1\"]"), "must list exactly 2 distinct");
        expectSerials(receive(TestCaller.PARTS_CLERK, order, 1, "[\"SN-1\", \"SN-2\"]"),
                "must list exactly 1 distinct");
        expectSerials(receive(TestCaller.PARTS_CLERK, order, 2, "[\"SN-1\", \" SN-1\"]"),
                "must list exactly 2 distinct");
        expectSerials(receive(TestCaller.PARTS_CLERK, plainOrder, 1, "[\"SN-1\"]"), "not serial-tracked");
        receive(TestCaller.PARTS_CLERK, order, 2, "[\"SN-1\", \"  \"]").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("serialNumbers"));
        receive(TestCaller.PARTS_CLERK, order, 1, "[\"\"]").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("serialNumbers"));
        receive(TestCaller.PARTS_CLERK, order, 1, "\"SN-1\"").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("serialNumbers"));
        receive(TestCaller.PARTS_CLERK, order, 2, "[\"SN-1\", \"SN-HELD\"]").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("serialNumbers[1]"))
                .body("detail", containsString("Unit SN-HELD of " + tracked + " is IN_STOCK at warehouse "
                        + elsewhere));
        receive(TestCaller.PARTS_CLERK, order, 4, "[\"SN-1\", \"SN-2\", \"SN-3\", \"SN-4\"]").then()
                .statusCode(409).body("detail", containsString("3 of 3 still to arrive"));

        for (String refused : List.of(order, plainOrder)) {
            given().auth().oauth2(TestCaller.PARTS_CLERK.token()).when().get(ORDERS + "/{id}", refused).then()
                    .statusCode(200).body("received", equalTo(0)).body("status", equalTo("OPEN"));
        }
        units(tracked, warehouse).then().body("total", equalTo(0));
        Fixtures.unit(tracked, "SN-1").then().body("total", equalTo(0));
        Fixtures.unit(tracked, "SN-HELD").then().body("total", equalTo(1))
                .body("items[0].warehouseId", equalTo(elsewhere.toString()));
        assertThat(movements(tracked, warehouse)).isEmpty();
        assertThat(movements(plain, warehouse)).isEmpty();
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock").then().statusCode(200).body("total", equalTo(0));

        receive(TestCaller.PARTS_CLERK, order, 3, "[\"SN-1\", \"SN-2\", \"SN-3\"]").then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("received", equalTo(3));
        receive(TestCaller.PARTS_CLERK, plainOrder, 2, "[]").then().statusCode(200).body("received", equalTo(2));
        var events = KAFKA.awaitRecords(ReplenishmentOrderEvents.PLACED.topic(), r -> order.equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> JsonPath.from(r.value()).getString("type"),
                r -> JsonPath.from(r.value()).get("data.receivedNow")).containsExactly(
                tuple(ReplenishmentOrderEvents.PLACED.type(), null),
                tuple(ReplenishmentOrderEvents.RECEIVED.type(), 3));
        Fixtures.assertLedgerBalances();
    }

    @Test
    void an_order_of_a_serial_tracked_part_filled_from_another_location_is_refused_before_anything_moves() {
        String part = Fixtures.part(true);
        UUID source = Fixtures.warehouse();
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(part, source, "SN-S1");
        String order = place(TestCaller.PARTS_CLERK, """
                {"warehouseId": "%s", "partNumber": "%s", "quantity": 1, "fromWarehouseId": "%s"}"""
                .formatted(warehouse, part, source)).then().statusCode(201).extract().path("id");

        receive(TestCaller.PARTS_CLERK, order, 1, "[\"SN-S1\"]").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("transfer"));
        receive(TestCaller.PARTS_CLERK, order, 1, null).then().statusCode(409);
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).when().get(ORDERS + "/{id}", order).then()
                .body("received", equalTo(0)).body("status", equalTo("OPEN"));
        Fixtures.unit(part, "SN-S1").then().body("items[0].state", equalTo("IN_STOCK"))
                .body("items[0].warehouseId", equalTo(source.toString()));
        assertOnHand(part, source, 1);
        assertThat(movements(part, warehouse)).isEmpty();
        Fixtures.assertLedgerBalances();
    }

    private static void expectSerials(Response answer, String message) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("serialNumbers"))
                .body("errors[0].message", containsString(message));
    }

    private static Response units(String part, UUID warehouse) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("part", part)
                .queryParam("warehouse", warehouse.toString()).when().get("/api/v1/stock/units").then()
                .statusCode(200).extract().response();
    }

    private static List<Map<String, Object>> movements(String part, UUID warehouse) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("part", part)
                .queryParam("warehouse", warehouse.toString()).when().get("/api/v1/stock/movements").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    private static void expectField(Response answer, String field) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static void assertOnHand(String part, UUID warehouse, int onHand) {
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("part", part)
                .queryParam("warehouse", warehouse.toString()).when().get("/api/v1/stock").then().statusCode(200)
                .body("items[0].onHand", equalTo(onHand));
    }

    private static Map<String, Object> alertOf(String part) {
        List<Map<String, Object>> alerts = given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .when().get("/api/v1/stock/reorder-alerts").then().statusCode(200).extract().jsonPath().getList("$");
        return alerts.stream().filter(a -> part.equals(a.get("partNumber"))).findFirst().orElse(null);
    }

    private static Response place(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post(ORDERS).then().extract().response();
    }

    private static Response receive(TestCaller caller, String order, int quantity) {
        return receive(caller, order, quantity, null);
    }

    /** A receipt listing {@code serials} (JSON; null: no serialNumbers field). */
    static Response receive(TestCaller caller, String order, int quantity, String serials) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body("{\"quantity\": " + quantity + (serials == null ? "" : ", \"serialNumbers\": " + serials)
                        + "}")
                .when().post(ORDERS + "/{id}/receipts", order).then().extract().response();
    }

    private static Response cancel(TestCaller caller, String order) {
        return given().auth().oauth2(caller.token()).when().post(ORDERS + "/{id}/cancellation", order)
                .then().extract().response();
    }
}
