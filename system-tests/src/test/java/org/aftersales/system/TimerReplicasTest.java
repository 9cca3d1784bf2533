package org.aftersales.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
 * Two replicas of ticket-service on one database run the same persistent timers and outbox relay: every deadline that
 * falls due fires once — one breach and one escalation per clock, whichever replica finds it first.
 */
@ExtendWith(LocalStack.class)
class TimerReplicasTest {

    private static final int TICKETS = 100;
    private static final int SECOND_REPLICA_PORT = 8091;

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    @Test
    void deadlines_falling_due_at_once_under_two_replicas_fire_once_each() throws Exception {
        Process replica = startSecondReplica();
        try {
            awaitReady(SECOND_REPLICA_PORT);
            String prefix = "SN-REPLICAS-" + UUID.randomUUID().toString().substring(0, 8);
            List<String> tickets = new ArrayList<>();
            for (int i = 0; i < TICKETS; i++) {
                tickets.add(AppClient.created(DemoUser.AGENT, "/api/v1/tickets",
                        GatewayEndToEndTest.newTicket(prefix + "-" + i), AppClient.RATE_LIMITED, Duration.ofMinutes(1)));
            }
            try (Connection db = ticketDatabase()) {
                // Every response promise becomes "at once" and its breach timer falls due now, in one statement,
                // so both replicas' pollers find all of them due together.
                execute(db, """
                        update ticket_clock set business_time_seconds = 0
                        where target = 'RESPONSE' and ticket_id in (select id from ticket where device_serial like ?)""",
                        prefix + "-%");
                execute(db, """
                        update timer set due_at = now() where kind = 'sla-breach' and subject in (
                          select cast(c.id as varchar) from ticket_clock c join ticket t on t.id = c.ticket_id
                          where c.target = 'RESPONSE' and t.device_serial like ?)""", prefix + "-%");
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> count("""
                    select count(*) from sla_breach b join ticket t on t.id = b.ticket_id
                    where t.device_serial like ?""", prefix + "-%") >= TICKETS);
            assertThat(count("""
                    select count(*) from sla_breach b join ticket t on t.id = b.ticket_id
                    where t.device_serial like ? and b.target = 'RESPONSE'""", prefix + "-%"))
                    .as("one breach per clock").isEqualTo(TICKETS);
            for (String ticket : tickets) {
                assertThat(AppClient.fetched(DemoUser.AGENT, "/api/v1/tickets/{id}/escalations", ticket)
                        .then().statusCode(200).extract().jsonPath().getList("trigger"))
                        .as("escalations of %s", ticket).containsExactly("BREACH");
            }
        } finally {
            replica.destroy();
            replica.onExit().get();
        }
    }

    private static Process startSecondReplica() throws Exception {
        Path root = Path.of(System.getProperty("aftersales.root", "..")).toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", root.resolve("ticket-service/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(LocalStack.stateFile("logs/ticket-service-replica.log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(SECOND_REPLICA_PORT));
        builder.environment().put("AFTERSALES_DB_URL", "jdbc:postgresql://localhost:5432/ticket");
        builder.environment().put("AFTERSALES_DB_USER", "postgres");
        builder.environment().put("AFTERSALES_DB_PASSWORD", "postgres");
        builder.environment().put("AFTERSALES_KAFKA", "localhost:9092");
        builder.environment().put("AFTERSALES_OIDC_URL", LocalStack.KEYCLOAK + "/realms/aftersales");
        return builder.start();
    }

    private static void awaitReady(int port) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(2)).ignoreExceptions().until(() -> http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private static Connection ticketDatabase() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:5432/ticket", "postgres", "postgres");
    }

    private static void execute(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(TICKETS);
        }
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection db = ticketDatabase(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
