package org.aftersales.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault-injection suite (issue 10): tickets arrive at a steady rate through the gateway while every service is
 * killed (SIGKILL) once and restarted, the broker is down, and the PostgreSQL postmaster itself is killed and
 * restarted. Nothing accepted is lost or applied twice: every accepted ticket is stored once and notified exactly once
 * per recipient and channel, the repairs reach the device's warranty history once each, and no event is
 * dead-lettered. Clients retry as mobile apps do, with the same {@code Idempotency-Key}.
 */
@ExtendWith(LocalStack.class)
class FaultInjectionTest {

    private static final int TICKETS = Integer.getInteger("aftersales.faults.tickets", 2_000);
    private static final Duration INTERVAL = Duration.ofMillis(Long.getLong("aftersales.faults.interval-ms", 40));
    /** One ticket in this many is repaired by phone, so that the device's warranty history must reconcile. */
    private static final int REPAIRED_EVERY = 20;
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final List<String> SERVICES = List.of("ticket-service", "notification-service",
            "warranty-service", "parts-service", "complaint-service");

    private final String serial = "SN-FAULTS-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<Integer, String> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    @Test
    void nothing_accepted_is_lost_or_applied_twice_through_kills_a_broker_outage_and_a_postmaster_crash()
            throws Exception {
        long deadLettersBefore = deadLetters();
        String device = given().auth().oauth2(DemoUser.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a"}""".formatted(serial))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");

        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        ExecutorService clients = Executors.newFixedThreadPool(32);
        List<Future<?>> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        pace.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n < TICKETS) {
                requests.add(clients.submit(() -> register(n)));
            }
        }, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);

        for (String service : SERVICES) {
            awaitAccepted(accepted.size() + 50);
            kill(LocalStack.pid(service));
            LocalStack.startMissing();
        }
        awaitAccepted(accepted.size() + 50);
        LocalStack.stop("kafka");
        // The outbox keeps accepting while the broker is down: about 30 s of tickets at the steady rate.
        awaitAccepted(accepted.size() + (int) (Duration.ofSeconds(30).toMillis() / INTERVAL.toMillis()));
        LocalStack.startMissing();
        awaitAccepted(accepted.size() + 50);
        long launcher = LocalStack.pid("postgres");
        kill(postmaster());
        ProcessHandle.of(launcher).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        LocalStack.startMissing();

        await().atMost(PATIENCE).until(() -> sent.get() >= TICKETS);
        pace.shutdown();
        for (Future<?> request : requests) {
            request.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertThat(accepted).hasSize(TICKETS);

        Set<String> ids = Set.copyOf(accepted.values());
        assertThat(ids).as("one ticket per request, whatever the retries").hasSize(TICKETS);
        assertThat(count("ticket", "select count(*) from ticket where device_serial = ?", serial))
                .as("tickets stored").isEqualTo(TICKETS);

        List<String> repaired = accepted.entrySet().stream().filter(e -> e.getKey() % REPAIRED_EVERY == 0)
                .map(Map.Entry::getValue).toList();
        for (String ticket : repaired) {
            repairByPhone(ticket);
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notified(ids)).isEqualTo(TICKETS));
        assertThat(count("notification", """
                select count(*) from (select 1 from message where subject = any(?) and event_type = ?
                group by event_id, recipient, channel having count(*) > 1) twice""",
                ids.toArray(String[]::new), "aftersales.ticket.created.v1")).as("messages sent twice").isZero();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().auth().oauth2(DemoUser.AGENT.token())
                .when().get("/api/v1/devices/{id}/history", device)
                .then().statusCode(200).extract().jsonPath().getList("repairs.ticketId"))
                .containsExactlyInAnyOrderElementsOf(repaired));
        assertThat(deadLetters()).as("events dead-lettered").isEqualTo(deadLettersBefore);
    }

    /** Registers ticket {@code n} as a mobile app does: retried with the same Idempotency-Key until it is accepted. */
    private void register(int n) {
        String key = UUID.randomUUID().toString();
        String body = """
                {"deviceSerial": "%s", "customerOrganisation": "dealer-a/customer-a",
                 "description": "故障注入 %d", "faultLevel": "MINOR",
                 "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}""".formatted(serial, n);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            Response response = given().auth().oauth2(DemoUser.CUSTOMER_A.token())
                    .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/tickets");
            if (response.statusCode() == 201) {
                accepted.put(n, response.path("id"));
                return true;
            }
            assertThat(response.statusCode()).as("only outages may refuse a valid ticket: %s", response.asString())
                    .isIn(409, 429, 500, 502, 503, 504);
            return false;
        });
    }

    private void repairByPhone(String ticket) {
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            GatewayEndToEndTest.act(DemoUser.AGENT, ticket, "{\"action\": \"ACKNOWLEDGE\"}");
        });
        GatewayEndToEndTest.act(DemoUser.AGENT, ticket, "{\"action\": \"DIAGNOSE\"}");
        GatewayEndToEndTest.act(DemoUser.AGENT, ticket, "{\"action\": \"RESOLVE\", \"resolution\": {\"component\": "
                + "\"power-supply\", \"faultCode\": \"NO-POWER\", \"partsUsed\": [], \"faultGone\": true}}");
    }

    private void awaitAccepted(int count) {
        int target = Math.min(count, TICKETS);
        await().atMost(PATIENCE).until(() -> accepted.size() >= target);
    }

    private static void kill(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    private static long postmaster() throws Exception {
        return Long.parseLong(java.nio.file.Files.readAllLines(
                LocalStack.stateFile("data/postgres/postmaster.pid")).get(0).strip());
    }

    /** How many of the tickets have had their registration notified (to anybody, over any channel). */
    private static long notified(Set<String> tickets) throws Exception {
        return count("notification", "select count(distinct subject) from message where subject = any(?) "
                + "and event_type = ?", tickets.toArray(String[]::new), "aftersales.ticket.created.v1");
    }

    static long count(String database, String sql, Object... parameters) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + database, "postgres",
                "postgres"); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] values) {
                    statement.setArray(i + 1, db.createArrayOf("varchar", values));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The records in every dead-letter topic, from their end offsets. */
    static long deadLetters() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        try (Admin admin = Admin.create(config)) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith("aftersales.dead-letter.")).collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames()
                    .get(30, TimeUnit.SECONDS).values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(o -> o.offset()).sum();
        }
    }
}
