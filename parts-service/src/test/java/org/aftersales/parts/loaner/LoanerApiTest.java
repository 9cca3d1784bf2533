package org.aftersales.parts.loaner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.aftersales.events.parts.LoanerEvents;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 备机: backup units lent from stock, one loan per unit, recovered with the days on loan. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
public class LoanerApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @AfterEach
    void ledger_balances() {
        Fixtures.assertLedgerBalances();
    }

    @Test
    void a_backup_unit_is_lent_once_at_a_time_and_recovered_with_its_days_on_loan() {
        String unit = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(unit, warehouse, "BK-1", "BK-2");
        UUID ticket = UUID.randomUUID();

        String first = lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-1", warehouse)).then().statusCode(201)
                .body("status", equalTo("LENT")).body("reason", equalTo("REPAIR_LONGER_THAN_TERM"))
                .body("overdue", equalTo(false)).extract().path("id");
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-1", warehouse)).then().statusCode(409)
                .body("detail", containsString("out on loan"));
        lend(TestCaller.MANAGER, body(ticket, unit, "BK-2", warehouse)).then().statusCode(201);
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-3", warehouse)).then().statusCode(409)
                .body("detail", containsString("0 available"));
        stock(unit, warehouse).then().body("items[0].onHand", equalTo(0));

        recover(first, warehouse).then().statusCode(200).body("status", equalTo("RECOVERED"))
                .body("daysOnLoan", equalTo(1)).body("recoveredBy", equalTo("parts"));
        recover(first, warehouse).then().statusCode(409);
        stock(unit, warehouse).then().body("items[0].onHand", equalTo(1));
        KAFKA.awaitRecords(LoanerEvents.LENT.topic(), r -> first.equals(r.key()), 2, Duration.ofSeconds(30));
    }

    @Test
    void bad_loans_roles_and_tenancy() {
        String plain = Fixtures.part(false);
        UUID partners = Fixtures.warehouse(TestCaller.PARTNER_A, null, "REGIONAL", null);
        Fixtures.receive(plain, partners, 1);
        lend(TestCaller.PARTS_CLERK, body(UUID.randomUUID(), plain, "BK-9", partners)).then().statusCode(400)
                .body("errors[0].field", equalTo("partNumber"));
        lend(TestCaller.PARTS_CLERK, body(UUID.randomUUID(), plain, "BK-9", partners).replace("REPAIR_LONGER_THAN_TERM",
                "BECAUSE")).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        String unit = Fixtures.part(true);
        Fixtures.receiveUnits(unit, partners, "BK-9");
        lend(TestCaller.ENGINEER, body(UUID.randomUUID(), unit, "BK-9", partners)).then().statusCode(403);
        lend(TestCaller.PARTNER_B, body(UUID.randomUUID(), unit, "BK-9", partners)).then().statusCode(404);
        String loan = lend(TestCaller.PARTNER_A, body(UUID.randomUUID(), unit, "BK-9", partners))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/loaners/{id}", loan)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/loaners/{id}", loan)
                .then().statusCode(403);
        given().when().get("/api/v1/loaners/{id}", loan).then().statusCode(401);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/loaners/{id}", loan)
                .then().statusCode(200).body("partnerOrganisation", equalTo("dealer-a"));
    }

    public static String body(UUID ticket, String part, String serial, UUID warehouse) {
        return """
                {"ticketId": "%s", "partNumber": "%s", "serialNumber": "%s", "warehouseId": "%s",
                 "reason": "REPAIR_LONGER_THAN_TERM", "note": "维修预计超过 2 天"}"""
                .formatted(ticket, part, serial, warehouse);
    }

    public static Response lend(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/loaners");
    }

    static Response recover(String id, UUID warehouse) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body("{\"warehouseId\": \"" + warehouse + "\"}")
                .when().post("/api/v1/loaners/{id}/recovery", id);
    }

    static Response stock(String part, UUID warehouse) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", part).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock").then().statusCode(200).extract().response();
    }
}
