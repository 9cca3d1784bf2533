package org.aftersales.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static final Path DATA = Path.of("target", "test-kafka");

    @Test
    void producesConsumesSurvivesStopRestartAndDetectsKill() throws Exception {
        KafkaBroker.deleteDataDirectory(DATA);

        long t0 = System.nanoTime();
        KafkaBroker broker = KafkaBroker.start(DATA, 0);
        System.out.printf("Kafka first start (format + start) took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        try {
            assertThat(broker.isRunning()).isTrue();
            String bootstrap = broker.bootstrapServers();
            assertThat(bootstrap).isEqualTo("localhost:" + broker.port());

            send(bootstrap, "tickets", "t-1", "created"); // topic auto-created
            assertThat(readValues(bootstrap, "tickets", 1)).containsExactly("created");

            long s0 = System.nanoTime();
            broker.stop();
            System.out.printf("Kafka graceful stop took %d ms%n", (System.nanoTime() - s0) / 1_000_000);
            assertThat(broker.isRunning()).isFalse();

            long r0 = System.nanoTime();
            broker.restart();
            System.out.printf("Kafka restart took %d ms%n", (System.nanoTime() - r0) / 1_000_000);
            assertThat(broker.isRunning()).isTrue();
            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap); // same ports

            send(bootstrap, "tickets", "t-2", "closed");
            assertThat(readValues(bootstrap, "tickets", 2)).containsExactlyInAnyOrder("created", "closed");

            broker.kill();
            assertThat(broker.isRunning()).isFalse();

            // data survives the crash
            long k0 = System.nanoTime();
            broker.restart();
            System.out.printf("Kafka restart after kill took %d ms%n", (System.nanoTime() - k0) / 1_000_000);
            assertThat(readValues(bootstrap, "tickets", 2)).containsExactlyInAnyOrder("created", "closed");

            // a crash the test did not cause through the API is detected as well
            long pid = broker.pid();
            assertThat(pid).isPositive();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(30, TimeUnit.SECONDS).join());
            assertThat(broker.isRunning()).isFalse();
            assertThat(broker.pid()).isEqualTo(-1);
        } finally {
            broker.stop();
        }
        assertThat(broker.isRunning()).isFalse();
    }

    private static void send(String bootstrap, String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("source", "test".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readValues(String bootstrap, String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
