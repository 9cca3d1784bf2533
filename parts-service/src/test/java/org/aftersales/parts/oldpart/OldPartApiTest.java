package org.aftersales.parts.oldpart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.aftersales.events.parts.OldPartEvents;
import org.aftersales.events.parts.RmaEvents;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 旧件: a consumed part's old part is expected, received, tested (verdict published), then disposed of. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
public class OldPartApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @AfterEach
    void ledger_balances() {
        Fixtures.assertLedgerBalances();
    }

    @Test
    void a_consumed_parts_old_part_is_received_tested_and_sent_to_the_manufacturer() {
        UUID ticket = UUID.randomUUID();
        String id = consumedOldPart(ticket, Fixtures.warehouse());
        get(TestCaller.PARTS_CLERK, id).then().statusCode(200).body("status", equalTo("EXPECTED"))
                .body("engineer", equalTo("engineer")).body("overdue", equalTo(false));

        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"RECEIVE\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("warehouseId"));
        step(TestCaller.QUALITY, id, "{\"action\": \"RECEIVE\", \"warehouseId\": \"%s\"}"
                .formatted(Fixtures.warehouse())).then().statusCode(403);
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"TEST\", \"verdict\": \"QUALITY_PROBLEM\", \"reason\": \"x\"}")
                .then().statusCode(403);
        step(TestCaller.QUALITY, id, "{\"action\": \"TEST\", \"verdict\": \"QUALITY_PROBLEM\", \"reason\": \"x\"}")
                .then().statusCode(409);
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"RECEIVE\", \"warehouseId\": \"%s\"}"
                .formatted(Fixtures.warehouse())).then().statusCode(200).body("status", equalTo("RECEIVED"));

        step(TestCaller.QUALITY, id, "{\"action\": \"TEST\", \"verdict\": \"NOT_QUALITY_PROBLEM\", \"reason\": \"雷击\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("cause"));
        step(TestCaller.QUALITY, id, """
                {"action": "TEST", "verdict": "NOT_QUALITY_PROBLEM", "cause": "ENVIRONMENT_OUT_OF_SPEC",
                 "reason": "电源输入端有雷击烧蚀痕迹"}""")
                .then().statusCode(200).body("status", equalTo("TESTED")).body("testedBy", equalTo("quality"))
                .body("cause", equalTo("ENVIRONMENT_OUT_OF_SPEC"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"SEND_TO_MANUFACTURER\", \"rmaNumber\": \"RMA-1\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("shipment"));
        step(TestCaller.PARTS_CLERK, id, """
                {"action": "SEND_TO_MANUFACTURER", "rmaNumber": "RMA-2026-00412", "shipment": "顺丰 SF1234567890"}""")
                .then().statusCode(200).body("status", equalTo("AT_MANUFACTURER"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"CLOSE_RMA\", \"outcome\": \"EXCHANGED\", \"note\": \"换新\"}")
                .then().statusCode(200).body("status", equalTo("RMA_CLOSED")).body("rmaOutcome", equalTo("EXCHANGED"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"SCRAP\"}").then().statusCode(409);

        KAFKA.awaitRecords(OldPartEvents.TESTED.topic(), r -> id.equals(r.key())
                && r.value().contains(OldPartEvents.TESTED.type()) && r.value().contains("NOT_QUALITY_PROBLEM")
                && r.value().contains("ENVIRONMENT_OUT_OF_SPEC"), 1, Duration.ofSeconds(30));
        KAFKA.awaitRecords(OldPartEvents.RECEIVED.topic(), r -> id.equals(r.key())
                && r.value().contains(OldPartEvents.RECEIVED.type()), 1, Duration.ofSeconds(30));
        KAFKA.awaitRecords(RmaEvents.SENT.topic(), r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
    }

    @Test
    void a_repaired_serial_tracked_old_part_goes_into_stock_as_its_own_unit() {
        UUID warehouse = Fixtures.warehouse();
        String id = consumedOldPart(UUID.randomUUID(), warehouse, true);
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"RECEIVE\", \"warehouseId\": \"%s\"}".formatted(warehouse))
                .then().statusCode(200);
        step(TestCaller.QUALITY, id, "{\"action\": \"TEST\", \"verdict\": \"QUALITY_PROBLEM\", \"reason\": \"电容鼓包\"}")
                .then().statusCode(200);
        String part = get(TestCaller.PARTS_CLERK, id).path("partNumber");
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"REPAIR_INTO_STOCK\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("serialNumber"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"REPAIR_INTO_STOCK\", \"serialNumber\": \"SN-OLD\"}")
                .then().statusCode(200).body("serialNumber", equalTo("SN-OLD"));
        Fixtures.unit(part, "SN-NEW").then().body("items[0].state", equalTo("CONSUMED"));
        Fixtures.unit(part, "SN-OLD").then().body("items[0].state", equalTo("IN_STOCK"))
                .body("items[0].warehouseId", equalTo(warehouse.toString()));
    }

    @Test
    void a_repaired_old_part_goes_back_into_stock_through_the_ledger() {
        UUID warehouse = Fixtures.warehouse();
        String id = consumedOldPart(UUID.randomUUID(), warehouse);
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"RECEIVE\", \"warehouseId\": \"%s\"}".formatted(warehouse))
                .then().statusCode(200);
        step(TestCaller.QUALITY, id, "{\"action\": \"TEST\", \"verdict\": \"QUALITY_PROBLEM\", \"reason\": \"电容鼓包\"}")
                .then().statusCode(200);
        String part = get(TestCaller.PARTS_CLERK, id).path("partNumber");
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"REPAIR_INTO_STOCK\", \"serialNumber\": \"X-1\"}").then()
                .statusCode(400).body("errors[0].field", equalTo("serialNumber"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"REPAIR_INTO_STOCK\"}").then().statusCode(200)
                .body("status", equalTo("IN_STOCK"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", part).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock").then().statusCode(200).body("items[0].onHand", equalTo(1));
    }

    @Test
    void engineers_see_their_old_parts_partners_their_warehouses_and_nobody_else_anything() {
        UUID partners = Fixtures.warehouse(TestCaller.PARTNER_A, null, "REGIONAL", null);
        String id = consumedOldPart(UUID.randomUUID(), partners);
        get(TestCaller.PARTNER_A, id).then().statusCode(200).body("partnerOrganisation", equalTo("dealer-a"));
        get(TestCaller.PARTNER_B, id).then().statusCode(404);
        step(TestCaller.PARTNER_B, id, "{\"action\": \"RECEIVE\", \"warehouseId\": \"%s\"}".formatted(partners))
                .then().statusCode(404);
        get(TestCaller.CUSTOMER_A, id).then().statusCode(403);
        given().when().get("/api/v1/part-returns/{id}", id).then().statusCode(401);
        given().auth().oauth2(TestCaller.ENGINEER.token()).queryParam("engineer", "engineer")
                .when().get("/api/v1/part-returns").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("overdue", "maybe")
                .when().get("/api/v1/part-returns").then().statusCode(400).body("errors[0].field", equalTo("overdue"));
        get(TestCaller.MANAGER, UUID.randomUUID().toString()).then().statusCode(404);
    }

    /** Reserves, issues to the engineer and consumes a part at the warehouse; returns the old part expected back. */
    public static String consumedOldPart(UUID ticket, UUID warehouse) {
        return consumedOldPart(ticket, warehouse, false);
    }

    /** The same, of a serial-tracked part when {@code serialTracked}: its unit SN-NEW is the one consumed. */
    static String consumedOldPart(UUID ticket, UUID warehouse, boolean serialTracked) {
        String part = Fixtures.part(serialTracked);
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body("""
                        {"partNumber": "%s", "warehouseId": "%s", "quantity": 1%s}""".formatted(part, warehouse,
                        serialTracked ? ", \"serialNumbers\": [\"SN-NEW\"]" : ""))
                .when().post("/api/v1/stock/receipts").then().statusCode(201);
        String reservation = given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body(Fixtures.reservation(ticket, part, warehouse, 1))
                .when().post("/api/v1/reservations").then().statusCode(201).extract().path("id");
        for (String action : new String[] {"{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\""
                + (serialTracked ? ", \"serialNumber\": \"SN-NEW\"}" : "}"), "{\"action\": \"CONSUME\"}"}) {
            given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON).body(action)
                    .when().post("/api/v1/reservations/{id}/transitions", reservation).then().statusCode(200);
        }
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/part-returns").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
    }

    static Response get(TestCaller caller, String id) {
        return given().auth().oauth2(caller.token()).when().get("/api/v1/part-returns/{id}", id);
    }

    static Response step(TestCaller caller, String id, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/part-returns/{id}/transitions", id);
    }
}
