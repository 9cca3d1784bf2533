package org.aftersales.parts.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.parts.StockEvents;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** 最低库存: falling below the minimum raises one reorder alert with the quantity to order; back at it, it clears. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class MinimumStockApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @Test
    void available_stock_below_the_minimum_raises_one_alert_until_it_is_back() {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receive(part, warehouse, 5);
        minimum(TestCaller.MANAGER, warehouse, part, "{\"minimum\": 3}").then().statusCode(200)
                .body("available", equalTo(5));
        assertThat(alertsOf(part)).isEmpty();

        reserve(part, warehouse, 3);
        assertThat(alertsOf(part)).singleElement().satisfies(alert -> {
            assertThat(alert.get("available")).isEqualTo(2);
            assertThat(alert.get("suggestedQuantity")).isEqualTo(1);
        });
        reserve(part, warehouse, 1);
        assertThat(alertsOf(part)).hasSize(1);
        String subject = warehouse + "/" + part;
        KAFKA.awaitRecords(StockEvents.BELOW_MINIMUM.topic(), r -> subject.equals(r.key()), 1, Duration.ofSeconds(30));

        Fixtures.receive(part, warehouse, 5);
        assertThat(alertsOf(part)).isEmpty();
        Fixtures.assertLedgerBalances();
    }

    @Test
    void only_a_manager_sets_minimums_and_bad_ones_are_refused() {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        minimum(TestCaller.PARTS_CLERK, warehouse, part, "{\"minimum\": 3}").then().statusCode(403);
        minimum(TestCaller.MANAGER, warehouse, part, "{\"minimum\": -1}").then().statusCode(400)
                .body("errors[0].field", equalTo("minimum"));
        minimum(TestCaller.MANAGER, warehouse, "NO-SUCH-PART", "{\"minimum\": 1}").then().statusCode(404);
        minimum(TestCaller.MANAGER, UUID.randomUUID(), part, "{\"minimum\": 1}").then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/stock/reorder-alerts")
                .then().statusCode(403);
    }

    private static void reserve(String part, UUID warehouse, int quantity) {
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body(Fixtures.reservation(UUID.randomUUID(), part, warehouse, quantity))
                .when().post("/api/v1/reservations").then().statusCode(201);
    }

    private static List<Map<String, Object>> alertsOf(String part) {
        List<Map<String, Object>> alerts = given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .when().get("/api/v1/stock/reorder-alerts").then().statusCode(200).extract().jsonPath().getList("$");
        return alerts.stream().filter(a -> part.equals(a.get("partNumber"))).toList();
    }

    private static Response minimum(TestCaller caller, UUID warehouse, String part, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/stock/minimums/{warehouse}/{part}", warehouse, part);
    }
}
