package org.aftersales.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import groovy.json.JsonOutput;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journey issue 13 names, through the gateway: a 一级 fault on a device under a 7×24 contract (seed 002's terms,
 * made a commitment and a contract by the manager and activated, as a real user does) is acknowledged and dispatched,
 * and nobody arrives: the on-site promise warns the duty agent (in the inbox and by email) and the assigned engineer
 * (in the inbox), then breaches and escalates, and the manager is told in the inbox and by email over real SMTP.
 * (The engineer is told of a warning only once assigned, and assigning needs the ticket acknowledged: so the
 * promise that warns and breaches is the on-site one, 2 hours on seed 002, not the response.) Instead of waiting
 * the promise's 90 and 120 minutes, the test moves the on-site clock's start back in the ticket database and makes
 * its timer due (as TimerReplicasTest does); on a 7×24 contract every minute counts, so the warning share is
 * reached whatever the hour of the day.
 */
@ExtendWith(LocalStack.class)
class BreachJourneyTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    @Test
    void a_critical_fault_nobody_attends_warns_agent_and_engineer_breaches_escalates_and_the_manager_hears()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String serial = "SN-JOURNEY-" + suffix;
        String device = given().auth().oauth2(DemoUser.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a"}""".formatted(serial))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
        String contract = sevenByTwentyFourContract("journey-7x24-" + suffix, device);
        await().atMost(PATIENCE).until(() -> ticketServiceKnows(contract));
        engineerOnDuty();

        String ticket = AppClient.created(DemoUser.CUSTOMER_A, "/api/v1/tickets",
                GatewayEndToEndTest.newTicket(serial), AppClient.RATE_LIMITED, Duration.ofMinutes(1));
        given().auth().oauth2(DemoUser.AGENT.token())
                .when().get("/api/v1/tickets/{id}/clocks", ticket)
                .then().statusCode(200)
                .body("terms.source", equalTo("CONTRACT"))
                .body("terms.contractId", equalTo(contract))
                .body("terms.coverage", equalTo("ALWAYS"));
        GatewayEndToEndTest.act(DemoUser.AGENT, ticket, "{\"action\": \"ACKNOWLEDGE\"}");
        Instant now = Instant.now();
        given().auth().oauth2(DemoUser.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"engineer": "engineer", "appointment": {"from": "%s", "to": "%s"}}"""
                        .formatted(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2))))
                .when().post("/api/v1/tickets/{id}/assignment", ticket).then().statusCode(200);
        int agentMailsBefore = mails("agent@aftersales.local");
        int managerMailsBefore = mails("manager@aftersales.local");

        onSiteWarningDue(ticket);
        await().atMost(PATIENCE).until(() -> messageStates(ticket, "aftersales.ticket.sla-warning.v1")
                .containsAll(List.of("user:agent IN_APP SENT", "user:agent EMAIL SENT", "user:engineer IN_APP SENT")));
        assertThat(inbox(DemoUser.AGENT, ticket)).contains("aftersales.ticket.sla-warning.v1");
        assertThat(inbox(DemoUser.ENGINEER, ticket)).contains("aftersales.ticket.sla-warning.v1");
        assertThat(mails("agent@aftersales.local")).as("the agent's mailbox on the local SMTP server")
                .isGreaterThan(agentMailsBefore);
        assertThat(inbox(DemoUser.MANAGER, ticket)).doesNotContain("aftersales.ticket.sla-breached.v1");

        onSiteDueNow(ticket);
        await().atMost(PATIENCE).until(() -> inbox(DemoUser.MANAGER, ticket)
                .contains("aftersales.ticket.sla-breached.v1"));
        await().atMost(PATIENCE).until(() -> messageStates(ticket, "aftersales.ticket.sla-breached.v1")
                .contains("user:manager EMAIL SENT"));
        assertThat(inbox(DemoUser.AGENT, ticket)).contains("aftersales.ticket.sla-breached.v1");
        assertThat(mails("manager@aftersales.local")).as("the manager's mailbox on the local SMTP server")
                .isGreaterThan(managerMailsBefore);
        await().atMost(PATIENCE).until(() -> AppClient.fetched(DemoUser.AGENT, "/api/v1/tickets/{id}/escalations",
                ticket).then().statusCode(200).extract().jsonPath().getList("trigger").contains("BREACH"));
        await().atMost(PATIENCE).until(() -> !messageStates(ticket, "aftersales.ticket.escalated.v1").isEmpty());
        assertThat(inbox(DemoUser.CUSTOMER_B, ticket)).isEmpty();
    }

    /**
     * What a manager does for a 7×24 customer: takes seed 002's commitment template, saves it as a commitment of
     * its own and publishes it, makes a contract with it for the device and activates it; the contract's id.
     */
    private static String sevenByTwentyFourContract(String commitment, String device) {
        Map<String, Object> document = new LinkedHashMap<>(given().auth().oauth2(DemoUser.MANAGER.token())
                .when().get("/api/v1/commitment-templates").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.id == 'seed-002-hospital-it' }.document"));
        assertThat(document).extractingByKey("serviceHours").isEqualTo(Map.of("coverage", "ALWAYS"));
        document.put("id", commitment);
        given().auth().oauth2(DemoUser.MANAGER.token()).contentType(ContentType.JSON).body(JsonOutput.toJson(document))
                .when().post("/api/v1/commitments").then().statusCode(201);
        given().auth().oauth2(DemoUser.MANAGER.token())
                .when().post("/api/v1/commitments/{id}/versions/1/publish", commitment).then().statusCode(200);
        String contract = given().auth().oauth2(DemoUser.MANAGER.token()).contentType(ContentType.JSON)
                .body("""
                        {"number": "HT-%s", "customerOrganisation": "dealer-a/customer-a", "commitmentId": "%s",
                         "commitmentVersion": 1, "deviceIds": ["%s"], "startsOn": "%s"}"""
                        .formatted(commitment, commitment, device, LocalDate.now(CHINA).minusDays(1)))
                .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DemoUser.MANAGER.token())
                .when().post("/api/v1/contracts/{id}/activation", contract).then().statusCode(200);
        return contract;
    }

    /** The demo engineer in ticket-service's roster, on duty around the clock, so that a ticket can be assigned. */
    private static void engineerOnDuty() {
        given().auth().oauth2(DemoUser.MANAGER.token()).contentType(ContentType.JSON)
                .body("""
                        {"name": "张工", "phone": "+86 139 0000 0000", "level": "ENGINEER", "skills": ["PM-8000"],
                         "region": "cn/beijing", "duty": {"weeklyHours": [{"days": ["MONDAY", "TUESDAY", "WEDNESDAY",
                         "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"], "from": "00:00", "to": "00:00"}]}}""")
                .when().put("/api/v1/engineers/{username}", "engineer").then().statusCode(anyOf(is(200), is(201)));
    }

    /** Whether ticket-service's copy of the contracts (from {@code contract.activated.v1}) holds the contract. */
    private static boolean ticketServiceKnows(String contract) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/ticket", "postgres",
                "postgres");
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from known_contract where contract_id = ?")) {
            query.setObject(1, UUID.fromString(contract));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getLong(1) == 1;
            }
        }
    }

    /**
     * Moves the ticket's on-site clock's start back 100 minutes (past 75 % of its 2 hours, before its deadline) and
     * makes its warning timer fall due now.
     */
    private static void onSiteWarningDue(String ticket) throws Exception {
        try (Connection db = ticketDatabase()) {
            update(db, """
                    update ticket_clock set started_at = started_at - interval '100 minutes'
                    where target = 'ON_SITE' and ticket_id = ?""", ticket);
            update(db, """
                    update timer set due_at = now() where kind = 'sla-warning' and subject in (
                      select cast(id as varchar) from ticket_clock where target = 'ON_SITE' and ticket_id = ?)""",
                    ticket);
        }
    }

    /** Makes the ticket's on-site promise due at once and its breach timer fall due now. */
    private static void onSiteDueNow(String ticket) throws Exception {
        try (Connection db = ticketDatabase()) {
            update(db, "update ticket_clock set business_time_seconds = 0 where target = 'ON_SITE' and ticket_id = ?",
                    ticket);
            update(db, """
                    update timer set due_at = now() where kind = 'sla-breach' and subject in (
                      select cast(id as varchar) from ticket_clock where target = 'ON_SITE' and ticket_id = ?)""",
                    ticket);
        }
    }

    private static Connection ticketDatabase() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:5432/ticket", "postgres", "postgres");
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

    /** How many mails the local SMTP server (GreenMail) holds for the address. */
    private static int mails(String address) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:8025/api/user/" + address + "/messages/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.strip().startsWith("[") ? JsonPath.from(body).getList("$").size() : 0;
    }
}
