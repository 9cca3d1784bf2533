package org.aftersales.parts.spare;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.events.parts.SpareRequestEvents;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** 备品备件到场: spare requests, their lifecycle and their delivery deadline on the default and a contract's promise. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
public class SpareRequestApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final String CUSTOMER_A = "dealer-a/customer-a";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void a_spare_is_picked_dispatched_and_delivered_in_time_and_each_step_is_published_once() {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        UUID ticket = UUID.randomUUID();
        Response created = request(TestCaller.AGENT, body(ticket, part, CUSTOMER_A));
        created.then().statusCode(201).body("status", equalTo("REQUESTED")).body("requestedBy", equalTo("agent"))
                .body("customerOrganisation", equalTo(CUSTOMER_A)).body("contractId", nullValue())
                .body("deadline.promise", equalTo("PT4H")).body("deadline.state", equalTo("RUNNING"));
        String id = created.path("id");
        Instant requestedAt = Instant.parse(created.path("requestedAt"));
        assertThat(Instant.parse(created.<String>path("deadline.dueAt"))).isEqualTo(requestedAt.plusSeconds(4 * 3600));
        assertThat(Instant.parse(created.<String>path("deadline.warningAt")))
                .isEqualTo(requestedAt.plusSeconds(3 * 3600));

        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"PICK\"}").then().statusCode(200)
                .body("status", equalTo("PICKED")).body("pickedBy", equalTo("parts"));
        step(TestCaller.PARTS_CLERK, id, dispatch(warehouse)).then().statusCode(200)
                .body("status", equalTo("DISPATCHED")).body("warehouseId", equalTo(warehouse.toString()))
                .body("dispatchedBy", equalTo("parts"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"DELIVER\", \"receivedBy\": \"李护士长\"}").then()
                .statusCode(200).body("status", equalTo("DELIVERED")).body("receivedBy", equalTo("李护士长"))
                .body("deadline.state", equalTo("MET")).body("breaches", hasSize(0));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"CANCEL\", \"reason\": \"不需要\"}").then().statusCode(409);

        KAFKA.awaitRecords(SpareRequestEvents.DELIVERED.topic(), r -> r.value().contains(id)
                && r.value().contains(SpareRequestEvents.DELIVERED.type()), 1, PATIENCE);
        List<String> types = typesOf(id);
        assertThat(types).containsExactly(SpareRequestEvents.CREATED.type(), SpareRequestEvents.DISPATCHED.type(),
                SpareRequestEvents.DELIVERED.type());
        assertThat(KAFKA.readAll(SpareRequestEvents.CREATED.topic(), Duration.ofSeconds(5)).stream()
                .filter(r -> r.value().contains(id)).map(ConsumerRecord::key))
                .as("keyed by the ticket (ADR 0041)").hasSize(3).containsOnly(ticket.toString());
    }

    @Test
    void a_step_the_status_does_not_allow_is_409_and_cancelling_cancels_the_deadline() {
        String id = request(TestCaller.AGENT, body(UUID.randomUUID(), Fixtures.part(false), CUSTOMER_A)).then()
                .statusCode(201).extract().path("id");
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"DELIVER\", \"receivedBy\": \"李\"}").then().statusCode(409)
                .body("detail", containsString("REQUESTED"));
        step(TestCaller.PARTS_CLERK, id, dispatch(Fixtures.warehouse())).then().statusCode(409);
        step(TestCaller.AGENT, id, "{\"action\": \"CANCEL\", \"reason\": \"客户自行解决\"}").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("客户自行解决"))
                .body("deadline.state", equalTo("CANCELLED"));
        step(TestCaller.AGENT, id, "{\"action\": \"CANCEL\", \"reason\": \"again\"}").then().statusCode(409);
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"PICK\"}").then().statusCode(409);
        KAFKA.awaitRecords(SpareRequestEvents.CANCELLED.topic(), r -> r.value().contains(id)
                && r.value().contains(SpareRequestEvents.CANCELLED.type()), 1, PATIENCE);
    }

    @Test
    void a_backup_unit_of_a_model_may_be_requested_instead_of_a_part() {
        request(TestCaller.PARTS_CLERK, """
                {"ticketId": "%s", "model": "PM-8000", "quantity": 1, "site": "放射科",
                 "customerOrganisation": "%s", "reason": "返厂维修, 备机"}""".formatted(UUID.randomUUID(), CUSTOMER_A))
                .then().statusCode(201).body("model", equalTo("PM-8000")).body("partNumber", nullValue());
    }

    @Test
    void bad_requests_are_400_naming_the_field_and_store_nothing() {
        UUID ticket = UUID.randomUUID();
        String part = Fixtures.part(false);
        request(TestCaller.AGENT, """
                {"ticketId": "%s", "quantity": 1, "site": "s", "customerOrganisation": "%s", "reason": "r"}"""
                .formatted(ticket, CUSTOMER_A)).then().statusCode(400).body("errors[0].field", equalTo("partNumber"));
        request(TestCaller.AGENT, """
                {"ticketId": "%s", "partNumber": "%s", "model": "PM-8000", "quantity": 1, "site": "s",
                 "customerOrganisation": "%s", "reason": "r"}""".formatted(ticket, part, CUSTOMER_A))
                .then().statusCode(400).body("errors[0].field", equalTo("partNumber"));
        request(TestCaller.AGENT, body(ticket, part, CUSTOMER_A).replace("\"quantity\": 1", "\"quantity\": 0"))
                .then().statusCode(400).body("errors[0].field", containsString("quantity"));
        request(TestCaller.AGENT, body(ticket, part, CUSTOMER_A).replace("\"site\": \"放射科 3 楼\",", ""))
                .then().statusCode(400).body("errors[0].field", containsString("site"));
        request(TestCaller.AGENT, body(ticket, part, CUSTOMER_A).replace("{", "{\"urgent\": true, "))
                .then().statusCode(400);
        request(TestCaller.AGENT, body(ticket, part, null)).then().statusCode(400)
                .body("errors[0].field", equalTo("customerOrganisation"));
        request(TestCaller.AGENT, body(ticket, "P-NOSUCHPART", CUSTOMER_A)).then().statusCode(404);
        list(TestCaller.MANAGER, ticket).then().statusCode(200).body("total", equalTo(0));

        String id = request(TestCaller.AGENT, body(ticket, part, CUSTOMER_A)).then().statusCode(201)
                .extract().path("id");
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"PICK\"}").then().statusCode(200);
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"DISPATCH\", \"eta\": \"2099-01-01T00:00:00Z\"}").then()
                .statusCode(400).body("errors[0].field", equalTo("warehouseId"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"DISPATCH\", \"warehouseId\": \"%s\"}"
                .formatted(Fixtures.warehouse())).then().statusCode(400).body("errors[0].field", equalTo("eta"));
        step(TestCaller.PARTS_CLERK, id, ("{\"action\": \"DISPATCH\", \"warehouseId\": \"%s\", "
                + "\"eta\": \"2020-01-01T00:00:00Z\"}").formatted(Fixtures.warehouse())).then().statusCode(400)
                .body("errors[0].field", equalTo("eta"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"FLY\"}").then().statusCode(400);
        step(TestCaller.PARTS_CLERK, id, dispatch(Fixtures.warehouse())).then().statusCode(200);
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"DELIVER\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedBy"));
        step(TestCaller.PARTS_CLERK, id, "{\"action\": \"DELIVER\", \"receivedBy\": \"李\", "
                + "\"deliveredAt\": \"2099-01-01T00:00:00Z\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("deliveredAt"));
        step(TestCaller.AGENT, id, "{\"action\": \"CANCEL\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        get(TestCaller.MANAGER, id).then().statusCode(200).body("status", equalTo("DISPATCHED"));
    }

    @Test
    void roles_engineers_and_tenancy() {
        UUID ticket = UUID.randomUUID();
        String part = Fixtures.part(false);
        given().contentType(ContentType.JSON).body(body(ticket, part, CUSTOMER_A)).when()
                .post("/api/v1/spare-requests").then().statusCode(401);
        request(TestCaller.CUSTOMER_A, body(ticket, part, CUSTOMER_A)).then().statusCode(403);
        request(TestCaller.QUALITY, body(ticket, part, CUSTOMER_A)).then().statusCode(403);
        request(TestCaller.ENGINEER, body(ticket, part, CUSTOMER_A)).then().statusCode(403)
                .body("detail", containsString("not assigned to you"));

        String id = request(TestCaller.AGENT, body(ticket, part, CUSTOMER_A)).then().statusCode(201)
                .extract().path("id");
        step(TestCaller.AGENT, id, "{\"action\": \"PICK\"}").then().statusCode(403);
        step(TestCaller.CUSTOMER_A, id, "{\"action\": \"CANCEL\", \"reason\": \"r\"}").then().statusCode(403);
        get(TestCaller.CUSTOMER_A, id).then().statusCode(200).body("ticketId", equalTo(ticket.toString()));
        get(TestCaller.PARTNER_A, id).then().statusCode(200);
        get(TestCaller.CUSTOMER_B, id).then().statusCode(404);
        get(TestCaller.PARTNER_B, id).then().statusCode(404);
        get(TestCaller.ENGINEER, id).then().statusCode(404);
        get(TestCaller.MANAGER, UUID.randomUUID().toString()).then().statusCode(404);
        list(TestCaller.CUSTOMER_A, ticket).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        list(TestCaller.CUSTOMER_B, ticket).then().statusCode(200).body("total", equalTo(0));
        list(TestCaller.ENGINEER, ticket).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("ticket", ticket.toString())
                .queryParam("status", "REQUESTED").when().get("/api/v1/spare-requests").then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("ticket", "x").when()
                .get("/api/v1/spare-requests").then().statusCode(400);
        request(TestCaller.PARTNER_A, body(ticket, part, CUSTOMER_A)).then().statusCode(403);
    }

    @Test
    void an_engineer_requests_for_a_ticket_assigned_to_them_in_the_ticket_s_organisation() {
        UUID ticket = UUID.randomUUID();
        String part = Fixtures.part(false);
        Instant at = Instant.now();
        KAFKA.publish(TicketEvents.CREATED, CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(),
                at, new TicketCreated(ticket, CUSTOMER_A, "SN-0001", null, "黑屏",
                        new Contact("王工", "+86 138 0000 0000", null, null), "agent", at, "FAULT", null, null)));
        KAFKA.publish(TicketEvents.DISPATCHED, CloudEvent.of(TicketEvents.DISPATCHED, "/ticket-service",
                ticket.toString(), at, new TicketStatusChanged(ticket, CUSTOMER_A, "DISPATCH", "NEW", "DISPATCHED",
                        null, "agent", at, "engineer", null)));
        await().atMost(PATIENCE).until(() -> request(TestCaller.ENGINEER, body(ticket, part, null))
                .statusCode() == 201);
        request(TestCaller.ENGINEER, body(ticket, part, "dealer-b/customer-b")).then().statusCode(400)
                .body("errors[0].field", equalTo("customerOrganisation"));
        list(TestCaller.ENGINEER, ticket).then().statusCode(200).body("items[0].customerOrganisation",
                equalTo(CUSTOMER_A));
    }

    @Test
    void warehouses_with_available_stock_are_suggested_the_engineer_s_van_first_then_the_region() {
        UUID ticket = UUID.randomUUID();
        String part = Fixtures.part(false);
        String engineer = "engineer";
        Instant at = Instant.now();
        KAFKA.publish(TicketEvents.DISPATCHED, CloudEvent.of(TicketEvents.DISPATCHED, "/ticket-service",
                ticket.toString(), at, new TicketStatusChanged(ticket, CUSTOMER_A, "DISPATCH", "NEW", "DISPATCHED",
                        null, "agent", at, engineer, null)));
        UUID central = UUID.fromString(given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .contentType(ContentType.JSON).body("""
                        {"code": "WH-N-%s", "name": "北京中心库", "kind": "CENTRAL", "region": "north",
                         "address": "北京市顺义区"}""".formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase()))
                .when().post("/api/v1/warehouses").then().statusCode(201).extract().<String>path("id"));
        UUID regional = Fixtures.warehouse();
        UUID van = Fixtures.warehouse(TestCaller.PARTS_CLERK, null, "VAN", engineer);
        UUID empty = Fixtures.warehouse();
        Fixtures.receive(part, central, 20);
        Fixtures.receive(part, regional, 3);
        Fixtures.receive(part, van, 1);
        Fixtures.receive(part, empty, 1);
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON).body("""
                {"ticketId": "%s", "partNumber": "%s", "warehouseId": "%s", "quantity": 1, "purpose": "REPAIR"}"""
                .formatted(ticket, part, empty)).when().post("/api/v1/reservations").then().statusCode(201);
        await().atMost(PATIENCE).until(() -> request(TestCaller.ENGINEER, body(ticket, part, null))
                .statusCode() == 201);
        String id = request(TestCaller.AGENT, body(ticket, part, CUSTOMER_A).replace("\"site\":",
                "\"region\": \"east\", \"site\":")).then().statusCode(201).body("region", equalTo("east"))
                .extract().path("id");

        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).when()
                .get("/api/v1/spare-requests/{id}/suggested-warehouses", id).then().statusCode(200)
                .body("warehouseId", equalTo(List.of(van.toString(), regional.toString(), central.toString())))
                .body("reason", equalTo(List.of("ASSIGNED_ENGINEERS_VAN", "SAME_REGION", "ELSEWHERE")))
                .body("available", equalTo(List.of(1, 3, 20)));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when()
                .get("/api/v1/spare-requests/{id}/suggested-warehouses", id).then().statusCode(403);
        given().auth().oauth2(TestCaller.MANAGER.token()).when()
                .get("/api/v1/spare-requests/{id}/suggested-warehouses", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void the_contract_in_force_sets_the_promise_and_the_warning_share_until_it_is_terminated() {
        String organisation = "dealer-a/hospital-" + UUID.randomUUID().toString().substring(0, 8);
        UUID contract = UUID.randomUUID();
        Instant at = Instant.now();
        KAFKA.publish(ContractEvents.ACTIVATED, CloudEvent.of(ContractEvents.ACTIVATED, "/warranty-service",
                contract.toString(), at, activated(contract, organisation, at)));
        String part = Fixtures.part(false);
        await().atMost(PATIENCE).until(() -> "PT2H".equals(request(TestCaller.AGENT,
                body(UUID.randomUUID(), part, organisation)).then().statusCode(201).extract()
                .path("deadline.promise")));
        Response created = request(TestCaller.AGENT, body(UUID.randomUUID(), part, organisation));
        created.then().statusCode(201).body("contractId", equalTo(contract.toString()));
        Instant requestedAt = Instant.parse(created.path("requestedAt"));
        assertThat(Instant.parse(created.<String>path("deadline.warningAt"))).isEqualTo(requestedAt.plusSeconds(3600));

        KAFKA.publish(ContractEvents.TERMINATED, CloudEvent.of(ContractEvents.TERMINATED, "/warranty-service",
                contract.toString(), at, new ContractTerminated(contract, organisation, LocalDate.now().minusDays(2),
                        "客户违约", "manager", at)));
        await().atMost(PATIENCE).until(() -> "PT4H".equals(request(TestCaller.AGENT,
                body(UUID.randomUUID(), part, organisation)).then().statusCode(201).extract()
                .path("deadline.promise")));
    }

    @Test
    void a_promise_of_parts_only_leaves_a_backup_unit_on_the_default_and_one_covering_backup_units_takes_it() {
        String organisation = "dealer-a/hospital-" + UUID.randomUUID().toString().substring(0, 8);
        String part = Fixtures.part(false);
        String backupUnit = body(UUID.randomUUID(), part, organisation)
                .replace("\"partNumber\": \"" + part + "\"", "\"model\": \"PM-8000\"");
        UUID contract = UUID.randomUUID();
        Fixtures.activate(contract, organisation, List.of(),
                new ContractActivated.SpareTerms(new ContractActivated.TimeTarget("PT2H", null), false, null), null);
        request(TestCaller.AGENT, body(UUID.randomUUID(), part, organisation)).then().statusCode(201)
                .body("contractId", equalTo(contract.toString())).body("deadline.promise", equalTo("PT2H"));
        request(TestCaller.AGENT, backupUnit).then().statusCode(201)
                .body("contractId", equalTo(contract.toString())).body("model", equalTo("PM-8000"))
                .body("deadline.promise", equalTo("PT4H"));

        Fixtures.activate(contract, organisation, List.of(),
                new ContractActivated.SpareTerms(new ContractActivated.TimeTarget("PT2H", null), true, null), null);
        request(TestCaller.AGENT, body(UUID.randomUUID(), part, organisation)
                .replace("\"partNumber\": \"" + part + "\"", "\"model\": \"PM-8000\"")).then().statusCode(201)
                .body("deadline.promise", equalTo("PT2H"));
    }

    static ContractActivated activated(UUID contract, String organisation, Instant at) {
        return new ContractActivated(contract, "HT-" + contract.toString().substring(0, 6), organisation, List.of(),
                LocalDate.now().minusDays(30), null, "COMMIT-1", 1,
                new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, null), List.of(),
                List.of(), List.of(), null, List.of(), at, List.of(), List.of(), 50, null,
                new ContractActivated.SpareTerms(new ContractActivated.TimeTarget("PT2H", null), true, null), null,
                null);
    }

    /** The types of a request's events, in the order of its ticket's partition (the events name the request). */
    static List<String> typesOf(String id) {
        return KAFKA.readAll(SpareRequestEvents.CREATED.topic(), Duration.ofSeconds(5)).stream()
                .filter(r -> r.value().contains(id)).map(ConsumerRecord::value)
                .map(value -> value.replaceAll("(?s).*\"type\"\\s*:\\s*\"([^\"]+)\".*", "$1")).toList();
    }

    static String body(UUID ticket, String part, String organisation) {
        return """
                {"ticketId": "%s", "partNumber": "%s", "quantity": 1, "site": "放射科 3 楼",
                 "customerOrganisation": %s, "reason": "电源模块故障, 设备停机"}"""
                .formatted(ticket, part, organisation == null ? "null" : "\"" + organisation + "\"");
    }

    static String dispatch(UUID warehouse) {
        return "{\"action\": \"DISPATCH\", \"warehouseId\": \"%s\", \"eta\": \"%s\"}"
                .formatted(warehouse, Instant.now().plusSeconds(3600));
    }

    static Response request(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/spare-requests");
    }

    static Response step(TestCaller caller, String id, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/spare-requests/{id}/transitions", id);
    }

    static Response get(TestCaller caller, String id) {
        return given().auth().oauth2(caller.token()).when().get("/api/v1/spare-requests/{id}", id);
    }

    static Response list(TestCaller caller, UUID ticket) {
        return given().auth().oauth2(caller.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/spare-requests");
    }
}
