package org.aftersales.ticket.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aftersales.events.ticket.SlaAlert;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * The suite's metrics as a running service exposes them: every metric the dashboards and alerts of
 * deploy/observability use exists in /q/metrics, and the SLA counters count what the service records.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ObservabilityTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path OBSERVABILITY = Path.of("../deploy/observability");
    private static final Pattern METRIC = Pattern.compile("\\b(?:aftersales|jvm|http_server|kafka_consumer)_[a-z_]+");

    @Inject
    Outbox outbox;

    @Test
    void every_metric_the_dashboards_and_alerts_use_exists() throws IOException {
        register("dealer-a/customer-a");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(OBSERVABILITY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml"))
                    .toList()) {
                Matcher metric = METRIC.matcher(Files.readString(file));
                while (metric.find()) {
                    used.add(metric.group());
                }
            }
        }
        assertThat(used).contains("aftersales_sla_breaches_total", "aftersales_outbox_lag_seconds",
                "aftersales_dead_letters", "aftersales_timer_lateness_seconds",
                "aftersales_timers_overdue_oldest_seconds");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(exposedMetrics()).containsAll(used));
        // The alert reads the timer poller's own summary, not a metric of the same name from elsewhere.
        assertThat(value("aftersales_timer_lateness_seconds", "quantile=\"0.99\"")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void a_created_ticket_counts_under_its_partner() {
        double before = value("aftersales_tickets_created_total", "partner=\"dealer-b\"");
        register("dealer-b/customer-b");
        await().atMost(PATIENCE).until(() -> value("aftersales_tickets_created_total", "partner=\"dealer-b\"")
                == before + 1);
    }

    @Test
    void sla_warnings_and_breaches_count_per_target_and_partner() {
        double warnings = value("aftersales_sla_warnings_total", "target=\"ON_SITE\"", "partner=\"dealer-a\"");
        double breaches = value("aftersales_sla_breaches_total", "target=\"ON_SITE\"", "partner=\"dealer-a\"");
        Instant now = Instant.now();
        SlaAlert alert = new SlaAlert(UUID.randomUUID(), "dealer-a/customer-a", null, "ON_SITE", "A", "PT4H",
                now.minusSeconds(3600), now, now, null);
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(TicketEvents.SLA_WARNING, alert.ticketId().toString(), now, alert);
            outbox.append(TicketEvents.SLA_BREACHED, alert.ticketId().toString(), now, alert);
            outbox.append(TicketEvents.SLA_BREACHED, alert.ticketId().toString(), now, alert);
        });
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(value("aftersales_sla_warnings_total", "target=\"ON_SITE\"", "partner=\"dealer-a\""))
                    .isEqualTo(warnings + 1);
            assertThat(value("aftersales_sla_breaches_total", "target=\"ON_SITE\"", "partner=\"dealer-a\""))
                    .isEqualTo(breaches + 2);
        });
    }

    @Test
    void events_parked_in_the_dead_letter_topic_are_counted() {
        String topic = "aftersales.dead-letter.ticket-service";
        KafkaTestClient kafka = KafkaTestClient.forTestBroker();
        kafka.createTopic(topic);
        await().atMost(PATIENCE).until(() -> value("aftersales_dead_letters", "topic=\"" + topic + "\"") >= 0);
        double before = value("aftersales_dead_letters", "topic=\"" + topic + "\"");
        kafka.send(topic, "poison-1", "{}");
        kafka.send(topic, "poison-2", "{}");
        await().atMost(PATIENCE).until(() -> value("aftersales_dead_letters", "topic=\"" + topic + "\"")
                == before + 2);
    }

    private static Set<String> exposedMetrics() {
        Set<String> names = new TreeSet<>();
        for (String line : metrics().split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    /** The sample of a metric whose labels include all of {@code labels}; 0 when there is none yet, -1 if absent. */
    private static double value(String metric, String... labels) {
        double found = -1;
        for (String line : metrics().split("\n")) {
            if (line.startsWith(metric + "{") && Stream.of(labels).allMatch(line::contains)) {
                found = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return found < 0 && metric.endsWith("_total") ? 0 : found;
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static void register(String customerOrganisation) {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .header("X-Request-Id", "observability-test")
                .body("""
                        {"deviceSerial": "SN-METRICS-%s", "customerOrganisation": "%s",
                         "description": "无法开机", "faultLevel": "MAJOR",
                         "contact": {"name": "李工", "phone": "010-8888 0000"}}"""
                        .formatted(UUID.randomUUID(), customerOrganisation))
                .when().post("/api/v1/tickets")
                .then().statusCode(201);
    }
}
