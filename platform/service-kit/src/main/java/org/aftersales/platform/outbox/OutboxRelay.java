package org.aftersales.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox events to Kafka: oldest first, each to its aggregate's topic keyed by the
 * aggregate id, waiting for the broker's acknowledgement ({@code acks=all}, idempotent producer)
 * before marking them published in the same transaction that read them.
 *
 * <p>One relay is active per service however many replicas run: a pass runs only while it holds a
 * transaction-scoped PostgreSQL advisory lock, so passes never overlap and order is kept. A crash
 * or broker failure between sending and committing leaves the events unpublished; the next pass
 * sends them again (at least once), and consumers drop the repeats by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key of the relay: the outbox lives in the service's own database. */
    private static final long RELAY_LOCK = 0x0a17e55a1e5L;

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final KafkaProducer<String, String> producer;
    private final AtomicLong lagMillis = new AtomicLong();
    private final Counter published;
    private final Counter failedPasses;

    OutboxRelay(EntityManager entityManager, OutboxConfig config, MeterRegistry metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.config = config;
        this.producer = new KafkaProducer<>(producerSettings(bootstrapServers, config.publishTimeout()));
        Gauge.builder("aftersales.outbox.lag", lagMillis, lag -> lag.get() / 1000.0)
                .description("Age of the oldest unpublished outbox event seen by the last relay pass")
                .baseUnit("seconds")
                .register(metrics);
        this.published = Counter.builder("aftersales.outbox.published")
                .description("Outbox events published to Kafka")
                .register(metrics);
        this.failedPasses = Counter.builder("aftersales.outbox.failed.passes")
                .description("Relay passes that failed and were left for the next pass")
                .register(metrics);
    }

    @Scheduled(identity = "outbox-relay", every = "${aftersales.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        try {
            while (relayOnce() == config.batchSize()) {
                LOG.debug("outbox relay: full batch published, draining further");
            }
        } catch (RuntimeException e) {
            failedPasses.increment();
            LOG.warnf("outbox relay pass failed; the events stay unpublished and are retried: %s", e.getMessage());
        }
    }

    /**
     * One relay pass: publishes up to a batch of the oldest unpublished events and marks them
     * published. Joins the caller's transaction when there is one, so the marking commits (or rolls
     * back) with it.
     *
     * @return how many events were published; 0 when another replica holds the relay
     */
    public int relayOnce() {
        return QuarkusTransaction.joiningExisting().call(this::pass);
    }

    @Scheduled(identity = "outbox-cleanup", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deletePublishedEvents() {
        Instant cutoff = Instant.now().minus(config.retention());
        int deleted = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("delete from OutboxEvent e where e.publishedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
        LOG.debugf("outbox: deleted %d events published before %s", deleted, cutoff);
    }

    private int pass() {
        boolean relayLock = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!relayLock) {
            return 0;
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent e where e.publishedAt is null order by e.sequence", OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList();
        lagMillis.set(batch.isEmpty() ? 0 : Duration.between(batch.get(0).occurredAt, Instant.now()).toMillis());
        if (batch.isEmpty()) {
            return 0;
        }
        send(batch);
        Instant now = Instant.now();
        batch.forEach(event -> event.publishedAt = now);
        entityManager.flush();
        published.increment(batch.size());
        return batch.size();
    }

    private void send(List<OutboxEvent> batch) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(
                    EventType.topicOf(event.aggregateType), event.aggregateId, event.payload);
            record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            acknowledgements.add(producer.send(record));
        }
        long deadline = System.nanoTime() + config.publishTimeout().toNanos();
        try {
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            throw new OutboxPublishException("the broker refused an event: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new OutboxPublishException("the broker did not acknowledge within " + config.publishTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxPublishException("interrupted while publishing", e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static Properties producerSettings(String bootstrapServers, Duration publishTimeout) {
        int timeout = (int) publishTimeout.toMillis();
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 3));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return settings;
    }
}
