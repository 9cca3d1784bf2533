package org.aftersales.parts.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.aftersales.events.parts.PartMovementEvents;
import org.aftersales.events.parts.ReservationEvents;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceMetrics;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reservations over HTTP: reserve, approve or refuse, issue, consume, return, release, and every refusal. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ReservationApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final String REFUSED = "aftersales_reservations_refused_total";

    String part;
    UUID warehouse;
    UUID ticket;

    @BeforeEach
    void part_and_warehouse() {
        part = Fixtures.part(false);
        warehouse = Fixtures.warehouse();
        ticket = UUID.randomUUID();
    }

    @AfterEach
    void ledger_balances() {
        Fixtures.assertLedgerBalances();
    }

    @Test
    void a_reserved_part_is_issued_and_consumed_with_its_ledger_entries_and_events() {
        Fixtures.receive(part, warehouse, 5);
        String id = reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 2))
                .then().statusCode(201)
                .body("status", equalTo("RESERVED")).body("purpose", equalTo("REPAIR"))
                .body("reservedBy", equalTo("parts"))
                .extract().path("id");
        stock().then().body("items[0].onHand", equalTo(5)).body("items[0].reserved", equalTo(2))
                .body("items[0].available", equalTo(3));

        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\"}")
                .then().statusCode(200).body("status", equalTo("ISSUED")).body("issuedTo", equalTo("engineer"));
        step(TestCaller.ENGINEER, id, "{\"action\": \"CONSUME\"}").then().statusCode(404);
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"CONSUME\"}")
                .then().statusCode(200).body("status", equalTo("CONSUMED")).body("closedBy", equalTo("parts"));

        stock().then().body("items[0].onHand", equalTo(3)).body("items[0].reserved", equalTo(0));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/stock/movements")
                .then().statusCode(200)
                .body("items.kind", contains("RESERVATION", "ISSUE", "CONSUMPTION"))
                .body("items.recordedBy", contains("parts", "parts", "parts"));
        KAFKA.awaitRecords(ReservationEvents.MADE.topic(), r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        var movements = KAFKA.awaitRecords(PartMovementEvents.ISSUED.topic(), r -> id.equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertThat(movements).extracting(r -> r.value().contains(PartMovementEvents.ISSUED.type())
                || r.value().contains(PartMovementEvents.CONSUMED.type())).containsOnly(true);
    }

    @Test
    void an_unused_part_comes_back_on_hand_and_a_released_reservation_frees_its_stock_once() {
        Fixtures.receive(part, warehouse, 3);
        String issued = reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 1))
                .then().statusCode(201).extract().path("id");
        step(TestCaller.PARTS_CLERK, issued, "{\"action\": \"ISSUE\", \"issuedTo\": \"张工\"}").then().statusCode(200);
        step(TestCaller.PARTS_CLERK, issued, "{\"action\": \"RETURN\", \"note\": \"未使用\"}")
                .then().statusCode(200).body("status", equalTo("RETURNED"));
        step(TestCaller.PARTS_CLERK, issued, "{\"action\": \"CONSUME\"}").then().statusCode(409);

        String released = reserve(TestCaller.MANAGER, Fixtures.reservation(ticket, part, warehouse, 3))
                .then().statusCode(201).extract().path("id");
        step(TestCaller.MANAGER, released, "{\"action\": \"RELEASE\", \"note\": \"改用其他方案\"}")
                .then().statusCode(200).body("status", equalTo("RELEASED"))
                .body("releasedReason", equalTo("CANCELLED"));
        step(TestCaller.MANAGER, released, "{\"action\": \"RELEASE\"}").then().statusCode(409)
                .body("detail", containsString("RELEASED"));
        stock().then().body("items[0].onHand", equalTo(3)).body("items[0].available", equalTo(3));
    }

    @Test
    void more_than_is_available_is_409_naming_the_shortage_and_stores_nothing() {
        Fixtures.receive(part, warehouse, 5);
        reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 4)).then().statusCode(201);
        reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 2))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Not enough stock of " + part))
                .body("detail", containsString("2 requested, 1 available"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/reservations").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void a_refused_reservation_counts_once_under_its_reason_and_kind_of_location() {
        String shortage = "reason=\"INSUFFICIENT_STOCK\"";
        String regional = "warehouse_kind=\"REGIONAL\"";
        double before = ServiceMetrics.value(REFUSED, shortage, regional);
        Fixtures.receive(part, warehouse, 1);
        reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 1)).then().statusCode(201);
        assertThat(ServiceMetrics.value(REFUSED, shortage, regional)).as("a reservation made").isEqualTo(before);

        reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 1)).then().statusCode(409);
        assertThat(ServiceMetrics.value(REFUSED, shortage, regional)).isEqualTo(before + 1);

        UUID van = Fixtures.warehouse(TestCaller.PARTS_CLERK, null, "VAN", "engineer");
        Fixtures.receive(part, van, 2);
        String counting = "reason=\"STOCK_COUNT\"";
        double frozen = ServiceMetrics.value(REFUSED, counting, "warehouse_kind=\"VAN\"");
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"warehouseId\": \"%s\"}".formatted(van))
                .when().post("/api/v1/stock/counts").then().statusCode(201);
        reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, van, 1)).then().statusCode(409);
        assertThat(ServiceMetrics.value(REFUSED, counting, "warehouse_kind=\"VAN\"")).isEqualTo(frozen + 1);
        assertThat(ServiceMetrics.value(REFUSED, shortage, regional)).isEqualTo(before + 1);
    }

    @Test
    void a_replacement_part_waits_for_a_managers_approval_and_a_refusal_keeps_its_reason() {
        Fixtures.receive(part, warehouse, 2);
        String replacement = """
                {"ticketId": "%s", "partNumber": "%s", "warehouseId": "%s", "quantity": 1,
                 "purpose": "REPLACEMENT"%s}""";
        reserve(TestCaller.PARTS_CLERK, replacement.formatted(ticket, part, warehouse, ""))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        String refused = reserve(TestCaller.PARTS_CLERK, replacement.formatted(ticket, part, warehouse,
                ", \"reason\": \"风扇老化，建议同时更换\"")).then().statusCode(201)
                .body("status", equalTo("AWAITING_APPROVAL")).extract().path("id");
        step(TestCaller.PARTS_CLERK, refused, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\"}")
                .then().statusCode(409);
        step(TestCaller.PARTS_CLERK, refused, "{\"action\": \"APPROVE\"}").then().statusCode(403);
        step(TestCaller.MANAGER, refused, "{\"action\": \"REFUSE\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        step(TestCaller.MANAGER, refused, "{\"action\": \"REFUSE\", \"note\": \"风扇运行正常，无需更换\"}")
                .then().statusCode(200).body("status", equalTo("RELEASED")).body("releasedReason", equalTo("REFUSED"))
                .body("decisionNote", equalTo("风扇运行正常，无需更换")).body("decidedBy", equalTo("manager"));

        String approved = reserve(TestCaller.PARTS_CLERK, replacement.formatted(ticket, part, warehouse,
                ", \"reason\": \"主板老化\"")).then().statusCode(201).extract().path("id");
        step(TestCaller.MANAGER, approved, "{\"action\": \"APPROVE\"}").then().statusCode(200)
                .body("status", equalTo("RESERVED"));
        step(TestCaller.PARTS_CLERK, approved, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\"}")
                .then().statusCode(200).body("status", equalTo("ISSUED"));
        KAFKA.awaitRecords(ReservationEvents.RELEASED.topic(), r -> refused.equals(r.key())
                && r.value().contains("REFUSED"), 1, Duration.ofSeconds(30));
    }

    @Test
    void a_serial_tracked_part_is_issued_by_its_serial() {
        String tracked = Fixtures.part(true);
        Fixtures.receiveUnits(tracked, warehouse, "PSU-SN-0451");
        String id = reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, tracked, warehouse, 1))
                .then().statusCode(201).extract().path("id");
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("serialNumber"));
        step(TestCaller.PARTS_CLERK, id, """
                {"action": "ISSUE", "issuedTo": "engineer", "serialNumber": "PSU-SN-0451"}""")
                .then().statusCode(200).body("serialNumber", equalTo("PSU-SN-0451"));
    }

    @Test
    void bad_requests_are_400_naming_the_field() {
        Fixtures.receive(part, warehouse, 1);
        reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 0))
                .then().statusCode(400).body("errors[0].field", equalTo("quantity"));
        reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 1)
                .replace("}", ", \"status\": \"ISSUED\"}"))
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 1).replace(ticket.toString(),
                "not-a-uuid")).then().statusCode(400).body("errors[0].field", equalTo("ticketId"));
        reserve(TestCaller.PARTS_CLERK, "{\"ticketId\": \"%s\"}".formatted(ticket)).then().statusCode(400)
                .body("errors.field", hasItem("partNumber")).body("errors.field", hasItem("warehouseId"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("ticket", "nope")
                .when().get("/api/v1/reservations").then().statusCode(400).body("errors[0].field", equalTo("ticket"));
        String id = reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 1))
                .then().statusCode(201).extract().path("id");
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"TELEPORT\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("action"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"ISSUE\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("issuedTo"));
    }

    @Test
    void roles_and_tenancy_are_enforced() {
        Fixtures.receive(part, warehouse, 5);
        UUID partnersWarehouse = Fixtures.warehouse(TestCaller.PARTNER_A, null, "REGIONAL", null);
        Fixtures.receive(part, partnersWarehouse, 5);
        String body = Fixtures.reservation(ticket, part, warehouse, 1);

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/reservations").then().statusCode(401);
        reserve(TestCaller.CUSTOMER_A, body).then().statusCode(403);
        reserve(TestCaller.AGENT, body).then().statusCode(403);
        reserve(TestCaller.ENGINEER, body).then().statusCode(403)
                .body("detail", containsString("not assigned to you"));
        reserve(TestCaller.PARTNER_A, body).then().statusCode(404);
        reserve(TestCaller.PARTS_CLERK, body.replace(part, "NO-SUCH-PART")).then().statusCode(404);
        reserve(TestCaller.PARTS_CLERK, body.replace(warehouse.toString(), UUID.randomUUID().toString()))
                .then().statusCode(404);

        String partners = reserve(TestCaller.PARTNER_A, Fixtures.reservation(ticket, part, partnersWarehouse, 1))
                .then().statusCode(201).extract().path("id");
        String vendors = reserve(TestCaller.PARTS_CLERK, body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/reservations/{id}", partners)
                .then().statusCode(200);
        for (String hidden : new String[] {partners, vendors}) {
            given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/reservations/{id}", hidden)
                    .then().statusCode(404);
            step(TestCaller.PARTNER_B, hidden, "{\"action\": \"RELEASE\"}").then().statusCode(404);
        }
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/reservations/{id}", vendors)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.ENGINEER.token()).when().get("/api/v1/reservations/{id}", vendors)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/reservations").then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/reservations/{id}", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/stock/reconciliation")
                .then().statusCode(403);
    }

    private Response stock() {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", part).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock").then().statusCode(200).extract().response();
    }

    static Response reserve(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reservations");
    }

    static Response step(TestCaller caller, String id, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reservations/{id}/transitions", id);
    }
}
