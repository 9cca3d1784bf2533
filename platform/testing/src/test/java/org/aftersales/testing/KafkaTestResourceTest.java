package org.aftersales.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.aftersales.infra.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaTestResourceTest {

    @Test
    void sharedBrokerWithClientAndOutageRecovery() {
        KafkaTestResource resource = new KafkaTestResource();
        resource.init(Map.of());
        Map<String, String> config = resource.start();
        KafkaBroker broker = KafkaTestResource.broker();
        assertThat(config).containsOnly(Map.entry("kafka.bootstrap.servers", broker.bootstrapServers()));
        assertThat(broker.dataDirectory().toString()).endsWith("target/kafka");

        try (KafkaTestClient client = KafkaTestClient.forTestBroker()) {
            client.createTopic("warranty-claims", 2);
            client.createTopic("warranty-claims", 2); // idempotent
            assertThat(client.readAll("warranty-claims", Duration.ofSeconds(10))).isEmpty();
            assertThat(client.readAll("no-such-topic", Duration.ofSeconds(10))).isEmpty();
            assertThat(client.topicExists("no-such-topic")).isFalse(); // reading did not create it

            client.send("warranty-claims", "claim-1", "{\"status\":\"OPEN\"}", Map.of("event-type", "ClaimOpened"));
            client.send("warranty-claims", "claim-2", "{\"status\":\"OPEN\"}");

            List<ConsumerRecord<String, String>> all = client.readAll("warranty-claims", Duration.ofSeconds(10));
            assertThat(all).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("claim-1", "claim-2");
            ConsumerRecord<String, String> first = all.stream().filter(r -> r.key().equals("claim-1")).findFirst()
                    .orElseThrow();
            assertThat(KafkaTestClient.header(first, "event-type")).isEqualTo("ClaimOpened");
            assertThat(first.value()).isEqualTo("{\"status\":\"OPEN\"}");
        }
        resource.stop();
        assertThat(broker.isRunning()).isTrue(); // kept for the next test class

        // broker outage: a test stops it; the next test class's resource start brings it back with its data
        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        Map<String, String> again = new KafkaTestResource().start();
        assertThat(again.get("kafka.bootstrap.servers")).isEqualTo(config.get("kafka.bootstrap.servers"));
        assertThat(broker.isRunning()).isTrue();

        try (KafkaTestClient client = KafkaTestClient.forTestBroker()) {
            // a topic that a service creates later (auto-created by the producer here)
            client.send("ticket-events", "t-9", "created", Map.of("source", "ticket-service"));
            List<ConsumerRecord<String, String>> records =
                    client.awaitRecords("ticket-events", 1, Duration.ofSeconds(20));
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("t-9");
                assertThat(KafkaTestClient.header(r, "source")).isEqualTo("ticket-service");
            });
            assertThat(client.readAll("warranty-claims", Duration.ofSeconds(10))).hasSize(2);
            assertThatThrownBy(() -> client.awaitRecords("ticket-events", 2, Duration.ofMillis(500)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("expected at least 2 matching records in ticket-events")
                    .hasMessageContaining("t-9=created");
        }
    }
}
