package org.aftersales.parts.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.ServiceMetrics;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * The concurrency proof, over HTTP against the real service and PostgreSQL: however many requests race for the last
 * units, exactly the available stock is reserved, every other request is 409 naming the shortage and counts once as
 * a refused reservation, and the ledger balances.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ReservationConcurrencyTest {

    static final int THREADS = 48;
    static final String[] SHORTAGE_AT_REGIONAL = {"reason=\"INSUFFICIENT_STOCK\"", "warehouse_kind=\"REGIONAL\""};
    static final String REFUSED = "aftersales_reservations_refused_total";

    @Test
    void a_thousand_concurrent_reservations_of_one_part_with_a_hundred_available_reserve_exactly_a_hundred()
            throws Exception {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        UUID ticket = UUID.randomUUID();
        Fixtures.receive(part, warehouse, 100);
        String token = TestCaller.PARTS_CLERK.token();
        String body = Fixtures.reservation(ticket, part, warehouse, 1);
        double refused = ServiceMetrics.value(REFUSED, SHORTAGE_AT_REGIONAL);

        List<Response> answers = Fixtures.race(THREADS, 1000, i -> () -> post("/api/v1/reservations", token, body));

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Response::statusCode,
                Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(201, 409).containsEntry(201, 100L).containsEntry(409, 900L);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409)
                .allSatisfy(a -> assertThat(a.jsonPath().getString("detail"))
                        .contains("Not enough stock of " + part).contains("1 requested, 0 available"));
        assertStock(part, warehouse, 100, 100, 0);
        int reservations = given().auth().oauth2(token).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/reservations").then().statusCode(200).extract().path("total");
        assertThat(reservations).isEqualTo(100);
        assertThat(ServiceMetrics.value(REFUSED, SHORTAGE_AT_REGIONAL)).isEqualTo(refused + 900);
        Fixtures.assertLedgerBalances();
    }

    @Test
    void transfers_racing_reservations_never_take_more_than_is_there() throws Exception {
        String part = Fixtures.part(false);
        UUID source = Fixtures.warehouse();
        UUID destination = Fixtures.warehouse();
        UUID ticket = UUID.randomUUID();
        Fixtures.receive(part, source, 100);
        String token = TestCaller.PARTS_CLERK.token();
        String reservation = Fixtures.reservation(ticket, part, source, 1);
        String transfer = """
                {"partNumber": "%s", "fromWarehouseId": "%s", "toWarehouseId": "%s", "quantity": 1,
                 "reason": "补充区域库"}""".formatted(part, source, destination);
        double refused = ServiceMetrics.value(REFUSED, SHORTAGE_AT_REGIONAL);

        List<Response> answers = Fixtures.race(THREADS, 400, i -> i % 4 == 0
                ? () -> post("/api/v1/stock/transfers", token, transfer)
                : () -> post("/api/v1/reservations", token, reservation));

        long reserved = answers.stream().filter(a -> a.statusCode() == 201 && a.path("ticketId") != null).count();
        long transferred = answers.stream().filter(a -> a.statusCode() == 201 && a.path("ticketId") == null).count();
        assertThat(answers).extracting(Response::statusCode).containsOnly(201, 409);
        assertThat(reserved + transferred).isEqualTo(100);
        assertThat(transferred).isPositive();
        assertStock(part, source, (int) (100 - transferred), (int) reserved, 0);
        assertStock(part, destination, 0, 0, (int) transferred);
        long reservationsRefused = IntStream.range(0, answers.size())
                .filter(i -> i % 4 != 0 && answers.get(i).statusCode() == 409).count();
        assertThat(ServiceMetrics.value(REFUSED, SHORTAGE_AT_REGIONAL))
                .as("a refused transfer is no refused reservation").isEqualTo(refused + reservationsRefused);
        Fixtures.assertLedgerBalances();
    }

    private static Response post(String path, String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path)
                .then().extract().response();
    }

    private static void assertStock(String part, UUID warehouse, int onHand, int reserved, int inTransit) {
        Response stock = given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", part).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock").then().statusCode(200).extract().response();
        assertThat(stock.jsonPath().getInt("items[0].onHand")).isEqualTo(onHand);
        assertThat(stock.jsonPath().getInt("items[0].reserved")).isEqualTo(reserved);
        assertThat(stock.jsonPath().getInt("items[0].inTransit")).isEqualTo(inTransit);
    }
}
