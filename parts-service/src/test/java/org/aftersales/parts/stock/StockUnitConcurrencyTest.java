package org.aftersales.parts.stock;

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
 * One unit, two requests at once, many times, over HTTP against the real service and PostgreSQL (ADR 0035): of two
 * simultaneous reservations naming the same serial, or two simultaneous issues of it, exactly one has it and the
 * other is 409 naming {@code serialNumber}; the units agree with the ledger after each round.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class StockUnitConcurrencyTest {

    static final int ROUNDS = 25;

    @Test
    void two_simultaneous_reservations_of_one_serial_reserve_it_once() throws Exception {
        String part = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        String token = TestCaller.PARTS_CLERK.token();
        for (int round = 0; round < ROUNDS; round++) {
            String serial = "SN-R-" + round;
            Fixtures.receiveUnits(part, warehouse, serial, serial + "-SPARE");
            List<Response> answers = Fixtures.race(2, 2, i -> () -> post(token, "/api/v1/reservations",
                    Fixtures.reservation(UUID.randomUUID(), part, warehouse, 1)
                            .replace("}", ", \"serialNumber\": \"" + serial + "\"}")));

            assertOneWins(answers, 201);
            Fixtures.unit(part, serial).then().body("items[0].state", equalTo("RESERVED"))
                    .body("items[0].reservationId", equalTo(answers.stream()
                            .filter(a -> a.statusCode() == 201).findFirst().orElseThrow().path("id")));
            Fixtures.assertLedgerBalances();
        }
    }

    @Test
    void two_simultaneous_issues_of_one_serial_issue_it_once() throws Exception {
        String part = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        String token = TestCaller.PARTS_CLERK.token();
        for (int round = 0; round < ROUNDS; round++) {
            String serial = "SN-I-" + round;
            Fixtures.receiveUnits(part, warehouse, serial, serial + "-SPARE");
            List<String> reservations = List.of(reserve(token, part, warehouse), reserve(token, part, warehouse));
            String issue = "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\", \"serialNumber\": \"" + serial + "\"}";
            List<Response> answers = Fixtures.race(2, 2, i -> () -> post(token,
                    "/api/v1/reservations/" + reservations.get(i) + "/transitions", issue));

            assertOneWins(answers, 200);
            String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("id");
            Fixtures.unit(part, serial).then().body("items[0].state", equalTo("ISSUED"))
                    .body("items[0].reservationId", equalTo(winner));
            String loser = reservations.stream().filter(id -> !id.equals(winner)).findFirst().orElseThrow();
            given().auth().oauth2(token).when().get("/api/v1/reservations/{id}", loser).then()
                    .body("status", equalTo("RESERVED"));
            Fixtures.assertLedgerBalances();
        }
    }

    private static void assertOneWins(List<Response> answers, int success) {
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(success, 409);
        Response refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("serialNumber");
    }

    private static String reserve(String token, String part, UUID warehouse) {
        return post(token, "/api/v1/reservations", Fixtures.reservation(UUID.randomUUID(), part, warehouse, 1))
                .then().statusCode(201).extract().path("id");
    }

    private static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path)
                .then().extract().response();
    }
}
