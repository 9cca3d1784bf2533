package org.aftersales.parts.reservation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ticket events from the real broker, each applied once: the engineer a ticket is dispatched to may reserve for it;
 * a cancelled ticket releases its reservations, a resolved one those it did not use.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class TicketEventsTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

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
    void the_engineer_a_ticket_is_dispatched_to_reserves_for_it_and_a_cancellation_releases_it_once() {
        Fixtures.receive(part, warehouse, 3);
        String body = Fixtures.reservation(ticket, part, warehouse, 2);
        ReservationApiTest.reserve(TestCaller.ENGINEER, body).then().statusCode(403);
        KAFKA.publish(TicketEvents.CREATED, created());
        KAFKA.publish(TicketEvents.DISPATCHED, changed(TicketEvents.DISPATCHED, "DISPATCH", "DISPATCHED", "engineer"));

        await().atMost(Duration.ofSeconds(60)).until(() ->
                ReservationApiTest.reserve(TestCaller.ENGINEER, body).statusCode() == 201);
        String used = ReservationApiTest.reserve(TestCaller.ENGINEER, Fixtures.reservation(ticket, part, warehouse, 1))
                .then().statusCode(201).extract().path("id");
        ReservationApiTest.step(TestCaller.PARTS_CLERK, used, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\"}")
                .then().statusCode(200);
        ReservationApiTest.step(TestCaller.ENGINEER, used, "{\"action\": \"CONSUME\"}")
                .then().statusCode(200).body("closedBy", equalTo("engineer"));
        given().auth().oauth2(TestCaller.ENGINEER.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/reservations").then().statusCode(200)
                .body("items.customerOrganisation", contains("dealer-a/customer-a", "dealer-a/customer-a"));

        CloudEvent<TicketStatusChanged> cancelled = changed(TicketEvents.CANCELLED, "CANCEL", "CANCELLED", null);
        KAFKA.publish(TicketEvents.CANCELLED, cancelled);
        KAFKA.publish(TicketEvents.CANCELLED, cancelled);

        await().atMost(Duration.ofSeconds(60)).until(() -> statusOf(TestCaller.PARTS_CLERK).contains("RELEASED"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/stock/movements").then().statusCode(200)
                .body("items.kind", contains("RESERVATION", "RESERVATION", "ISSUE", "CONSUMPTION", "RELEASE"));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("ticket", ticket.toString())
                .queryParam("status", "RELEASED")
                .when().get("/api/v1/reservations").then()
                .body("items.releasedReason", contains("TICKET_CANCELLED"));
        ReservationApiTest.reserve(TestCaller.ENGINEER, body).then().statusCode(403);
    }

    @Test
    void a_resolved_ticket_releases_what_it_did_not_use_and_keeps_what_was_issued() {
        Fixtures.receive(part, warehouse, 3);
        String issued = ReservationApiTest.reserve(TestCaller.PARTS_CLERK,
                Fixtures.reservation(ticket, part, warehouse, 1)).then().statusCode(201).extract().path("id");
        ReservationApiTest.step(TestCaller.PARTS_CLERK, issued, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\"}")
                .then().statusCode(200);
        ReservationApiTest.reserve(TestCaller.PARTS_CLERK, Fixtures.reservation(ticket, part, warehouse, 2))
                .then().statusCode(201);

        KAFKA.publish(TicketEvents.CREATED, created());
        KAFKA.publish(TicketEvents.RESOLVED, CloudEvent.of(TicketEvents.RESOLVED, "/ticket-service",
                ticket.toString(), AT, new TicketResolved(ticket, "dealer-a/customer-a", "SN-0001", null, "NO-POWER",
                        AT.minusSeconds(3600), AT, List.of(part), true, "engineer", null, null, null, null)));

        await().atMost(Duration.ofSeconds(60)).until(() -> statusOf(TestCaller.PARTS_CLERK).contains("RELEASED"));
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(TestCaller.PARTS_CLERK).stream().sorted().toList()
                .equals(List.of("ISSUED", "RELEASED")));
    }

    private List<String> statusOf(TestCaller caller) {
        return given().auth().oauth2(caller.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/reservations").then().statusCode(200).extract().jsonPath().getList("items.status");
    }

    private CloudEvent<TicketCreated> created() {
        return CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(), AT,
                new TicketCreated(ticket, "dealer-a/customer-a", "SN-0001", null, "黑屏",
                        new Contact("王工", "+86 138 0000 0000", null, null), "agent", AT, "FAULT", null, null));
    }

    private CloudEvent<TicketStatusChanged> changed(org.aftersales.events.EventType<TicketStatusChanged> type,
            String action, String to, String engineer) {
        return CloudEvent.of(type, "/ticket-service", ticket.toString(), AT, new TicketStatusChanged(ticket,
                "dealer-a/customer-a", action, "NEW", to, null, "agent", AT, engineer, null));
    }
}
