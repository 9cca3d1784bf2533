package org.aftersales.parts.replenishment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * Two receipts of a replenishment order listing the same serial numbers at once, many times, over HTTP against the
 * real service and PostgreSQL: the primary key of {@code stock_unit} (part, serial) and the arrival's
 * {@code insert … on conflict do update … where} the unit is gone let exactly one bring the units in; the other is 409
 * naming {@code serialNumbers[0]} (never a 500) and its order's counter stays as it was — the counter's update and the
 * units' arrival are one transaction.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ReplenishmentSerialConcurrencyTest {

    static final int ROUNDS = 20;
    static final String ORDERS = "/api/v1/stock/replenishment-orders";

    @Test
    void two_simultaneous_receipts_of_the_same_serials_on_one_order_receive_them_once() throws Exception {
        String part = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        String token = TestCaller.PARTS_CLERK.token();
        for (int round = 0; round < ROUNDS; round++) {
            String order = place(token, warehouse, part, 4);
            String serials = serials("SN-O-" + round);
            List<Response> answers = Fixtures.race(2, 2, i -> () -> receive(token, order, serials));

            assertOneWins(answers);
            given().auth().oauth2(token).when().get(ORDERS + "/{id}", order).then().statusCode(200)
                    .body("received", equalTo(2)).body("status", equalTo("PARTLY_RECEIVED"));
            assertUnitsAt(part, "SN-O-" + round, warehouse);
            Fixtures.assertLedgerBalances();
        }
    }

    @Test
    void two_simultaneous_receipts_of_the_same_serials_on_two_orders_of_the_part_receive_them_once()
            throws Exception {
        String part = Fixtures.part(true);
        List<UUID> warehouses = List.of(Fixtures.warehouse(), Fixtures.warehouse());
        String token = TestCaller.PARTS_CLERK.token();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> orders = List.of(place(token, warehouses.get(0), part, 2),
                    place(token, warehouses.get(1), part, 2));
            String serials = serials("SN-T-" + round);
            List<Response> answers = Fixtures.race(2, 2, i -> () -> receive(token, orders.get(i), serials));

            assertOneWins(answers);
            int winner = answers.get(0).statusCode() == 200 ? 0 : 1;
            given().auth().oauth2(token).when().get(ORDERS + "/{id}", orders.get(winner)).then()
                    .body("received", equalTo(2)).body("status", equalTo("RECEIVED"));
            given().auth().oauth2(token).when().get(ORDERS + "/{id}", orders.get(1 - winner)).then()
                    .body("received", equalTo(0)).body("status", equalTo("OPEN"));
            assertUnitsAt(part, "SN-T-" + round, warehouses.get(winner));
            Fixtures.assertLedgerBalances();
        }
    }

    private static void assertOneWins(List<Response> answers) {
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("serialNumbers[0]");
    }

    /** The round's two units are in stock at the warehouse (a unit is one row: nowhere else). */
    private static void assertUnitsAt(String part, String prefix, UUID warehouse) {
        for (String serial : List.of(prefix + "-A", prefix + "-B")) {
            Fixtures.unit(part, serial).then().body("total", equalTo(1)).body("items[0].state", equalTo("IN_STOCK"))
                    .body("items[0].warehouseId", equalTo(warehouse.toString()));
        }
    }

    private static String serials(String prefix) {
        return "[\"" + prefix + "-A\", \"" + prefix + "-B\"]";
    }

    private static String place(String token, UUID warehouse, String part, int quantity) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"warehouseId": "%s", "partNumber": "%s", "quantity": %d, "supplier": "上海电源有限公司"}"""
                        .formatted(warehouse, part, quantity))
                .when().post(ORDERS).then().statusCode(201).extract().path("id");
    }

    private static Response receive(String token, String order, String serials) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"quantity\": 2, \"serialNumbers\": " + serials + "}")
                .when().post(ORDERS + "/{id}/receipts", order).then().extract().response();
    }
}
