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
 * dead-lettered. Clients retry as mobile apps do, with the same {@code Idempotency-Key}. Alongside the tickets, a
 * parts clerk reserves a spare for some of them (parts-service: each reservation stored once, the stock's reserved
 * quantity is their sum and the ledger reconciles) and customers complain about others (complaint-service: each
 * complaint stored once and linked to its ticket); both services' copies of the tickets miss none.
 */
@ExtendWith(LocalStack.class)
class FaultInjectionTest {

    private static final int TICKETS = Integer.getInteger("aftersales.faults.tickets", 2_000);
    private static final Duration INTERVAL = Duration.ofMillis(Long.getLong("aftersales.faults.interval-ms", 40));
    /** One ticket in this many is repaired by phone, so that the device's warranty history must reconcile. */
    private static final int REPAIRED_EVERY = 20;
    /** In each run of this many tickets, one (offset 5) gets a spare part reserved and one (offset 10) a complaint. */
    private static final int FOLLOWED_EVERY = 20;
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final List<String> SERVICES = List.of("ticket-service", "notification-service",
            "warranty-service", "parts-service", "complaint-service");

    private final String serial = "SN-FAULTS-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<Integer, String> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final String part = "FI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final Map<Integer, String> reservations = new ConcurrentHashMap<>();
    private final Map<Integer, String> complaints = new ConcurrentHashMap<>();
    private String warehouse;

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
        stockTheSparePart();

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
        // One array parameter, not the varargs themselves.
        Object tickets = ids.toArray(String[]::new);
        assertSparesReservedOnce();
        assertComplaintsStoredOnce(tickets);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(count("parts",
                "select count(*) from ticket_copy where ticket_id::text = any(?)", tickets))
                .as("parts-service's copy of the tickets").isEqualTo(TICKETS));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(count("complaint",
                "select count(*) from known_ticket where ticket_id::text = any(?)", tickets))
                .as("complaint-service's copy of the tickets").isEqualTo(TICKETS));
        assertThat(deadLetters()).as("events dead-lettered").isEqualTo(deadLettersBefore);
    }

    /** A part in the catalogue with more stock at a central warehouse than the run reserves. */
    private void stockTheSparePart() {
        String token = DemoUser.PARTS.token();
        given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"partNumber": "%s", "nameZh": "电源板", "category": "PART", "unit": "PCS",
                 "fitsModels": ["PM-8000"], "serialTracked": false}""".formatted(part))
                .when().post("/api/v1/parts").then().statusCode(201);
        warehouse = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "故障注入库", "kind": "CENTRAL", "region": "east", "address": "上海"}"""
                .formatted(part)).when().post("/api/v1/warehouses").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"partNumber": "%s", "warehouseId": "%s", "quantity": %d}""".formatted(part, warehouse, TICKETS))
                .when().post("/api/v1/stock/receipts").then().statusCode(201);
    }

    /** What happens to ticket {@code n} besides its registration: a spare reserved or a complaint, retried alike. */
    private void follow(int n, String ticket) {
        if (n % FOLLOWED_EVERY == 5) {
            reservations.put(n, AppClient.created(DemoUser.PARTS, "/api/v1/reservations", """
                    {"ticketId": "%s", "partNumber": "%s", "warehouseId": "%s", "quantity": 1}"""
                    .formatted(ticket, part, warehouse), AppClient.RATE_LIMITED_OR_OUTAGE, PATIENCE));
        } else if (n % FOLLOWED_EVERY == 10) {
            complaints.put(n, AppClient.created(DemoUser.CUSTOMER_A, "/api/v1/complaints", """
                    {"complainant": {"name": "李女士", "phone": "+86 139 0000 0001"},
                     "product": {"name": "监护仪", "model": "PM-8000", "quantity": 1, "ticketIds": ["%s"]},
                     "reason": "故障注入投诉 %s %d", "channel": "APP", "category": "SERVICE_ATTITUDE"}"""
                    .formatted(ticket, serial, n), AppClient.RATE_LIMITED_OR_OUTAGE, PATIENCE));
        }
    }

    private void assertSparesReservedOnce() throws Exception {
        long expected = reservations.size();
        assertThat(expected).isEqualTo(expectedFollowUps(5));
        assertThat(Set.copyOf(reservations.values())).hasSize((int) expected);
        assertThat(count("parts", "select count(*) from reservation where part_number = ?", part))
                .as("reservations stored").isEqualTo(expected);
        assertThat(count("parts", "select reserved from stock_level where part_number = ?", part))
                .as("reserved stock").isEqualTo(expected);
        given().auth().oauth2(DemoUser.PARTS.token()).when().get("/api/v1/stock/reconciliation")
                .then().statusCode(200).body("balanced", org.hamcrest.Matchers.is(true));
    }

    private void assertComplaintsStoredOnce(Object tickets) throws Exception {
        long expected = complaints.size();
        assertThat(expected).isEqualTo(expectedFollowUps(10));
        assertThat(Set.copyOf(complaints.values())).hasSize((int) expected);
        assertThat(count("complaint", "select count(*) from complaint where reason like ?",
                "故障注入投诉 " + serial + " %"))
                .as("complaints stored").isEqualTo(expected);
        assertThat(count("complaint", "select count(*) from complaint_ticket where ticket_id::text = any(?)",
                tickets)).as("complaints linked").isEqualTo(expected);
    }

    private static long expectedFollowUps(int offset) {
        return (TICKETS - offset + FOLLOWED_EVERY - 1) / FOLLOWED_EVERY;
    }

    /** Registers ticket {@code n} as a mobile app does: retried with the same Idempotency-Key until it is accepted. */
    private void register(int n) {
        String ticket = AppClient.created(DemoUser.CUSTOMER_A, "/api/v1/tickets", """
                {"deviceSerial": "%s", "customerOrganisation": "dealer-a/customer-a",
                 "description": "故障注入 %d", "faultLevel": "MINOR",
                 "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}""".formatted(serial, n),
                AppClient.RATE_LIMITED_OR_OUTAGE, PATIENCE);
        accepted.put(n, ticket);
        follow(n, ticket);
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
