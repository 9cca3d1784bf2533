package org.aftersales.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13's crash between the provider's acceptance and the record's update, with the real process: a partner
 * system's webhook endpoint, on receiving its delivery, kills notification-service (SIGKILL) before it answers — the
 * partner has the event, the service never learns it — and up.sh restarts the service. The message is sent once:
 * after the restart the service finds the attempt it wrote before the call, and repeats it with the same
 * {@code webhook-id} (the Standard Webhooks idempotency key), which the partner drops as a repeat, as receivers must;
 * no second message (no other webhook-id) ever reaches the partner, and the record ends SENT with that one attempt
 * (ADR 0037).
 *
 * <p>The endpoint is partner-b's (dealer-b) for {@code ticket.created.v1} only, and the ticket is customer-b's, so
 * the rest of the suite's tickets (customer-a's) never post to it once the test is over.
 */
@ExtendWith(LocalStack.class)
class NotificationCutOffTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    @Test
    void notification_service_killed_after_a_partner_took_a_webhook_sends_no_second_message_after_its_restart()
            throws Exception {
        String serial = "SN-CUTOFF-" + UUID.randomUUID().toString().substring(0, 8);
        try (PartnerSystem partner = new PartnerSystem(serial, LocalStack.pid("notification-service"))) {
            String endpoint = given().auth().oauth2(DemoUser.PARTNER_B.token()).contentType(ContentType.JSON)
                    .body("""
                            {"url": "%s", "eventTypes": ["aftersales.ticket.created.v1"]}""".formatted(partner.url()))
                    .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
            String ticket = AppClient.created(DemoUser.CUSTOMER_B, "/api/v1/tickets", """
                            {"deviceSerial": "%s", "customerOrganisation": "dealer-b/customer-b",
                             "description": "监护仪黑屏，无法开机", "faultLevel": "MAJOR",
                             "contact": {"name": "李工", "phone": "+86 139 0000 0001"}}""".formatted(serial),
                    AppClient.RATE_LIMITED, Duration.ofMinutes(1));

            long killed = partner.killedTheService().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            LocalStack.startMissing();

            assertThat(LocalStack.pid("notification-service")).as("restarted").isNotEqualTo(killed);
            await().atMost(PATIENCE).until(() -> "SENT".equals(webhookMessage(ticket, endpoint).state()));
            StoredMessage message = webhookMessage(ticket, endpoint);
            assertThat(partner.deliveries()).as("what reached the partner: every request carries the one message's "
                    + "webhook-id").isNotEmpty().containsOnly(message.id());
            assertThat(partner.processed()).as("what the partner acted on, dropping repeats of a webhook-id")
                    .containsExactly(message.id());
            assertThat(attempts(message.id())).as("the attempt written before the call, finished after the restart")
                    .containsExactly("1 ACCEPTED");
        }
    }

    /**
     * The ticket's message to the test's endpoint in notification-service's database: its id and state. Only that
     * endpoint's: a stack kept from an earlier run (target/stack) still holds that run's endpoints of partner-b, whose
     * receivers are gone, and each gets its own message about the same ticket.
     */
    private static StoredMessage webhookMessage(String ticket, String endpoint) throws Exception {
        List<StoredMessage> found = new ArrayList<>();
        query("select id, state from message where subject = ? and channel = 'WEBHOOK' and recipient = ?",
                List.of(ticket, "webhook:" + endpoint),
                rows -> found.add(new StoredMessage(rows.getString(1), rows.getString(2))));
        return found.isEmpty() ? new StoredMessage(null, null) : found.getFirst();
    }

    /** The message's attempts: number and outcome. */
    private static List<String> attempts(String message) throws Exception {
        List<String> attempts = new ArrayList<>();
        query("select number, outcome from message_attempt where message_id = cast(? as uuid) order by number",
                List.of(message), rows -> attempts.add(rows.getInt(1) + " " + rows.getString(2)));
        return attempts;
    }

    private static void query(String sql, List<String> parameters, Row row) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/notification", "postgres",
                "postgres");
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }

    private interface Row {
        void read(ResultSet rows) throws Exception;
    }

    private record StoredMessage(String id, String state) {
    }

    /**
     * A partner system's webhook receiver: it keeps the {@code webhook-id} of every delivery about the test's device
     * and acts on each id once. On the first, it kills notification-service before answering.
     */
    private static final class PartnerSystem implements AutoCloseable {

        private final HttpServer server;
        private final String serial;
        private final long service;
        private final List<String> deliveries = new CopyOnWriteArrayList<>();
        private final Set<String> processed = Collections.synchronizedSet(new LinkedHashSet<>());
        private final CompletableFuture<Long> killed = new CompletableFuture<>();

        PartnerSystem(String serial, long service) {
            this.serial = serial;
            this.service = service;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/events", this::receive);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
        }

        CompletableFuture<Long> killedTheService() {
            return killed;
        }

        List<String> deliveries() {
            return List.copyOf(deliveries);
        }

        List<String> processed() {
            synchronized (processed) {
                return List.copyOf(processed);
            }
        }

        private void receive(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            if (body.contains(serial)) {
                deliveries.add(id);
                processed.add(id);
                if (!killed.isDone()) {
                    // The partner has the event; the service dies before it hears so.
                    ProcessHandle process = ProcessHandle.of(service).orElseThrow();
                    process.destroyForcibly();
                    process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
                    killed.complete(service);
                }
            }
            try {
                exchange.sendResponseHeaders(204, -1);
            } catch (IOException gone) {
                // The killed service's connection is gone: nobody hears this answer.
            }
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
