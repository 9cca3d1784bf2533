package org.aftersales.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journey issue 13 names, through the gateway: a 一级 fault nobody acknowledges breaches its response promise and
 * escalates, and the manager is told in the inbox and by email over real SMTP. The promise is made due at once in the
 * ticket database (as TimerReplicasTest does) instead of waiting the contract's 30 minutes. (Made due at once, the
 * promise is past its warning share too, so the clock breaches without warning first; the warning to the agent is
 * proven in notification-service's component tests, whose clocks do not depend on the hour of the day.)
 */
@ExtendWith(LocalStack.class)
class BreachJourneyTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    @Test
    void an_unacknowledged_critical_fault_breaches_escalates_and_the_manager_hears_by_email_and_in_app()
            throws Exception {
        String ticket = AppClient.created(DemoUser.CUSTOMER_A, "/api/v1/tickets",
                GatewayEndToEndTest.newTicket("SN-JOURNEY-" + UUID.randomUUID().toString().substring(0, 8)),
                AppClient.RATE_LIMITED, Duration.ofMinutes(1));
        int mailsBefore = managerMails();

        responseDueNow(ticket);
        await().atMost(PATIENCE).until(() -> inbox(DemoUser.MANAGER, ticket)
                .contains("aftersales.ticket.sla-breached.v1"));
        await().atMost(PATIENCE).until(() -> messageStates(ticket, "aftersales.ticket.sla-breached.v1")
                .contains("user:manager EMAIL SENT"));
        assertThat(inbox(DemoUser.AGENT, ticket)).contains("aftersales.ticket.sla-breached.v1");
        assertThat(managerMails()).as("the manager's mailbox on the local SMTP server").isGreaterThan(mailsBefore);
        await().atMost(PATIENCE).until(() -> AppClient.fetched(DemoUser.AGENT, "/api/v1/tickets/{id}/escalations",
                ticket).then().statusCode(200).extract().jsonPath().getList("trigger").contains("BREACH"));
        await().atMost(PATIENCE).until(() -> !messageStates(ticket, "aftersales.ticket.escalated.v1").isEmpty());
        assertThat(inbox(DemoUser.CUSTOMER_B, ticket)).isEmpty();
    }

    /** Makes the ticket's response promise due at once and its breach timer fall due now. */
    private static void responseDueNow(String ticket) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/ticket", "postgres",
                "postgres")) {
            update(db, "update ticket_clock set business_time_seconds = 0 where target = 'RESPONSE' and ticket_id = ?",
                    ticket);
            update(db, """
                    update timer set due_at = now() where kind = 'sla-breach' and subject in (
                      select cast(id as varchar) from ticket_clock where target = 'RESPONSE' and ticket_id = ?)""",
                    ticket);
        }
    }

    private static void update(Connection db, String sql, String ticket) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(ticket));
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    /** The event types of the caller's own inbox entries about the ticket. */
    private static List<String> inbox(DemoUser user, String ticket) {
        return AppClient.fetched(user, "/api/v1/notifications?size=200")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.subject == '%s' }.eventType".formatted(ticket), String.class);
    }

    /** The messages notification-service stored for the ticket's event of this type: recipient, channel, state. */
    private static List<String> messageStates(String ticket, String eventType) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/notification", "postgres",
                "postgres");
                PreparedStatement query = db.prepareStatement(
                        "select recipient, channel, state from message where subject = ? and event_type = ?")) {
            query.setString(1, ticket);
            query.setString(2, eventType);
            List<String> states = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            return states;
        }
    }

    /** How many mails the local SMTP server (GreenMail) holds for the manager. */
    private static int managerMails() throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:8025/api/user/manager@aftersales.local/messages/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.strip().startsWith("[") ? JsonPath.from(body).getList("$").size() : 0;
    }
}
