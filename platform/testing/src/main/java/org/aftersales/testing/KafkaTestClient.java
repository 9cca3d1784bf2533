package org.aftersales.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.EventType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plain kafka-clients helper for tests: create topics, produce String records with key and headers, and read a
 * topic from the beginning with a fresh consumer group (nothing is committed, so reads never affect each other).
 */
public final class KafkaTestClient implements AutoCloseable {

    private final String bootstrapServers;
    private Admin admin;
    private KafkaProducer<String, String> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** A client for the broker of {@link KafkaTestResource} (started if needed). */
    public static KafkaTestClient forTestBroker() {
        return new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the topic with 3 partitions unless it exists. */
    public void createTopic(String topic) {
        createTopic(topic, 3);
    }

    /** Creates the topic unless it exists (replication factor 1). */
    public synchronized void createTopic(String topic, int partitions) {
        try {
            admin().createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out creating topic " + topic, e);
        }
    }

    /** Whether the topic exists (never creates it). */
    public boolean topicExists(String topic) {
        return topics().contains(topic);
    }

    /** Topics currently in the cluster (never creates any). */
    public synchronized Set<String> topics() {
        try {
            return admin().listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not list topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted listing topics", e);
        }
    }

    /** Produces one record (acks=all) and waits until the broker has it. */
    public RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value, Map.of());
    }

    /** Produces one record with UTF-8 headers (acks=all) and waits until the broker has it. */
    public synchronized RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) ->
                record.headers().add(name, headerValue == null ? null : headerValue.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending to " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out sending to " + topic, e);
        }
    }

    /** Sends a domain event as the outbox relay does: structured CloudEvent, keyed by its subject, with its content type. */
    public RecordMetadata publish(EventType<?> type, CloudEvent<?> event) {
        return publish(type.topic(), event.subject(), EventCodec.encode(event));
    }

    /** Sends any text as the outbox relay sends events (for repeats and poison messages). */
    public RecordMetadata publish(String topic, String key, String message) {
        return send(topic, key, message, Map.of("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE));
    }

    /**
     * Every record in the topic at the time of the call (all partitions, from the beginning), ordered by partition
     * and offset. An empty list if the topic does not exist. Fails if they cannot be read within {@code timeout}.
     */
    public List<ConsumerRecord<String, String>> readAll(String topic, Duration timeout) {
        if (!topicExists(topic)) {
            return List.of();
        }
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (!reached(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read all of " + topic + " within " + timeout
                            + " (end offsets " + end + ", read " + records.size() + ")");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        records.sort((a, b) -> a.partition() != b.partition()
                ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        // the end offsets were taken after seeking: records produced meanwhile may have been read too
        return records;
    }

    /**
     * Waits until the topic holds at least {@code count} records (read from the beginning; the topic may not exist
     * yet) and returns all records read by then. Fails with what was seen if they do not arrive within
     * {@code timeout}.
     */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic, int count, Duration timeout) {
        return awaitRecords(topic, record -> true, count, timeout);
    }

    /**
     * Waits until the topic holds at least {@code count} records that match (read from the beginning; the topic may
     * not exist yet) and returns the matching records read by then, in the order they were read. Fails with what was
     * seen if they do not arrive within {@code timeout}.
     */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic, Predicate<ConsumerRecord<String, String>> matching,
            int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            consumer.subscribe(List.of(topic));
            while (records.size() < count) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("expected at least " + count + " matching records in " + topic + " within "
                            + timeout + " but got " + records.size() + ": " + describe(records));
                }
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (matching.test(record)) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }

    /** The last value of header {@code name} as UTF-8, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(10));
            admin = null;
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> r.key() + "=" + r.value()).collect(Collectors.joining(", ", "[", "]"));
    }

    private Admin admin() {
        if (admin == null) {
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(AdminClientConfig.CLIENT_ID_CONFIG, "aftersales-test-admin");
            admin = Admin.create(p);
        }
        return admin;
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "aftersales-test-producer");
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "aftersales-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
