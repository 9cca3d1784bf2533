package org.aftersales.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10: a consumer whose database is unreachable for 20 s while events for it are published dead-letters none of
 * them and applies them all, each ticket's in order, once the database is back. The consumer is notification-service;
 * its database alone is blocked (no connections allowed, its sessions ended), the rest of the stack keeps running.
 */
@ExtendWith(LocalStack.class)
class ConsumerDatabaseOutageTest {

    private static final String DATABASE = "notification";
    private static final int TICKETS = 12;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    @Test
    void events_published_while_the_consumers_database_is_unreachable_are_applied_in_order_and_none_dead_lettered()
            throws Exception {
        long deadLettersBefore = FaultInjectionTest.deadLetters();
        String serial = "SN-OUTAGE-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(DemoUser.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a"}""".formatted(serial))
                .when().post("/api/v1/devices").then().statusCode(201);

        List<String> tickets = new ArrayList<>();
        Instant blocked = block();
        try {
            for (int n = 0; n < TICKETS; n++) {
                String ticket = given().auth().oauth2(DemoUser.CUSTOMER_A.token()).contentType(ContentType.JSON)
                        .body("""
                                {"deviceSerial": "%s", "customerOrganisation": "dealer-a/customer-a",
                                 "description": "数据库中断 %d", "faultLevel": "MINOR",
                                 "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}""".formatted(serial, n))
                        .when().post("/api/v1/tickets").then().statusCode(201).extract().path("id");
                tickets.add(ticket);
                GatewayEndToEndTest.act(DemoUser.AGENT, ticket, "{\"action\": \"ACKNOWLEDGE\"}");
                GatewayEndToEndTest.act(DemoUser.AGENT, ticket, "{\"action\": \"DIAGNOSE\"}");
                GatewayEndToEndTest.act(DemoUser.AGENT, ticket, "{\"action\": \"RESOLVE\", \"resolution\": "
                        + "{\"component\": \"power-supply\", \"faultCode\": \"NO-POWER\", \"partsUsed\": [], "
                        + "\"faultGone\": true}}");
            }
            // The database stays blocked for the whole outage, and every event is on the topic before it ends.
            Duration rest = Duration.between(Instant.now(), blocked.plus(OUTAGE));
            await().atMost(PATIENCE).pollDelay(rest.isNegative() ? Duration.ZERO : rest)
                    .until(() -> unpublishedTicketEvents(tickets) == 0);
            assertThat(Duration.between(blocked, Instant.now())).isGreaterThanOrEqualTo(OUTAGE);
            assertThat(FaultInjectionTest.count("postgres",
                    "select count(*) from pg_stat_activity where datname = ?", DATABASE))
                    .as("nobody reached the blocked database").isZero();
        } finally {
            unblock();
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String ticket : tickets) {
                assertThat(applied(ticket)).as("events of ticket %s in the order applied", ticket)
                        .doesNotHaveDuplicates()
                        .containsSubsequence("aftersales.ticket.created.v1", "aftersales.ticket.resolved.v1");
            }
        });
        assertThat(FaultInjectionTest.deadLetters()).as("events dead-lettered").isEqualTo(deadLettersBefore);
    }

    /** Ends the consumer's sessions and lets nobody connect to its database (the superuser included). */
    private static Instant block() throws Exception {
        try (Connection db = admin(); Statement sql = db.createStatement()) {
            sql.execute("alter database " + DATABASE + " allow_connections false");
            sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE + "'");
        }
        return Instant.now();
    }

    private static void unblock() throws Exception {
        try (Connection db = admin(); Statement sql = db.createStatement()) {
            sql.execute("alter database " + DATABASE + " allow_connections true");
        }
    }

    private static Connection admin() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:5432/postgres", "postgres", "postgres");
    }

    /** Ticket-service's events of these tickets that its relay has not published yet. */
    private static long unpublishedTicketEvents(List<String> tickets) throws Exception {
        return FaultInjectionTest.count("ticket",
                "select count(*) from outbox_event where aggregateid = any(?) and published_at is null",
                (Object) tickets.toArray(String[]::new));
    }

    /** The ticket's event types in the order notification-service applied them (each once). */
    private static List<String> applied(String ticket) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + DATABASE, "postgres",
                "postgres"); PreparedStatement query = db.prepareStatement("""
                        select p.event_type from processed_event p
                        where p.event_id in (select m.event_id from message m where m.subject = ?)
                        order by p.processed_at""")) {
            query.setString(1, ticket);
            List<String> types = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        }
    }
}
