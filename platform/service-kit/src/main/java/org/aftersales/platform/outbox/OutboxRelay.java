package org.aftersales.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventType;
import org.aftersales.platform.concurrency.SerialPasses;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Publishes outbox events to Kafka: oldest first, each to its aggregate's topic keyed by the aggregate id, waiting
 * for the broker's acknowledgement ({@code acks=all}, idempotent producer) before marking them published in the same
 * transaction that read them.
 *
 * <p>One relay is active per service however many replicas run: a pass runs only while it holds a
 * transaction-scoped PostgreSQL advisory lock, so passes never overlap and order is kept. A crash or broker failure
 * between sending and committing leaves the events unpublished; the next pass sends them again (at least once), and
 * consumers drop the repeats by event id.
 *
 * <p>A pass is bounded: at most {@code batch-size} events, sent for at most {@code publish-timeout} (a send waits
 * for broker metadata at most a third of it), so it always ends well within its transaction. An event the broker
 * refuses for good (too large, an invalid topic) is <em>parked</em> with its reason and the relay goes on with the
 * later ones; so is one that fails {@code park-after} passes running while the broker acknowledges others (its topic
 * is missing). Every event not parked keeps its aggregate's order: one not acknowledged holds back the later events
 * of its aggregate until it is.
 *
 * <p>A pass starts when a transaction that recorded events commits ({@link #wake}) and at every poll, which catches
 * what other replicas recorded while this one held the relay and what a failed pass left. Each record carries the
 * event's trace context as its {@code traceparent} header.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key of the relay: the outbox lives in the service's own database. */
    private static final long RELAY_LOCK = 0x0a17e55a1e5L;
    private static final String KAFKA_PREFIX = "kafka.";
    private static final String OFF = "off";
    /** What a pass returns when another replica holds the relay. */
    private static final int RELAY_BUSY = -1;
    private static final int BUSY_RETRIES = 20;
    private static final long BUSY_PAUSE = 10;

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final KafkaProducer<String, String> producer;
    private final AtomicLong lagMillis = new AtomicLong();
    private final AtomicLong parkedEvents = new AtomicLong();
    private final Counter published;
    private final Counter failedPasses;
    private final Counter parked;
    /** The relay's own thread: passes never overlap within a replica, the advisory lock keeps replicas apart. */
    private final SerialPasses passes = new SerialPasses("outbox-relay", this::drain);

    OutboxRelay(EntityManager entityManager, OutboxConfig config, MeterRegistry metrics, Config settings) {
        this.entityManager = entityManager;
        this.config = config;
        this.producer = new KafkaProducer<>(producerSettings(kafkaSettings(settings), config.publishTimeout()));
        Gauge.builder("aftersales.outbox.lag", lagMillis, lag -> lag.get() / 1000.0)
                .description("Age of the oldest unpublished outbox event seen by the last relay pass")
                .baseUnit("seconds")
                .register(metrics);
        Gauge.builder("aftersales.outbox.parked", parkedEvents, AtomicLong::get)
                .description("Outbox events parked because the broker refuses them; each needs an operator")
                .register(metrics);
        this.published = Counter.builder("aftersales.outbox.published")
                .description("Outbox events published to Kafka")
                .register(metrics);
        this.failedPasses = Counter.builder("aftersales.outbox.failed.passes")
                .description("Relay passes that left events unacknowledged for the next pass")
                .register(metrics);
        this.parked = Counter.builder("aftersales.outbox.parked.events")
                .description("Outbox events parked by the relay")
                .register(metrics);
    }

    @Scheduled(identity = "outbox-relay", every = "${aftersales.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        passes.request();
    }

    /**
     * Asks for a pass soon: {@link Outbox} calls it when a transaction that recorded events commits, so an event
     * reaches the broker within milliseconds instead of at the next poll. Passes run one at a time on the relay's own
     * thread; wakes that arrive during a pass are folded into one more pass after it, so none is lost.
     */
    void wake() {
        if (config.wakeOnCommit() && !OFF.equals(config.pollInterval())) {
            passes.request();
        }
    }

    /**
     * Passes until the outbox has no full batch left. When another replica holds the relay, tries again shortly (it
     * may have read its batch before this one's events committed) and, if it keeps holding it, leaves the events to
     * it and to the next poll.
     */
    private void drain() {
        try {
            for (int busy = 0; ; ) {
                int handled = QuarkusTransaction.requiringNew().call(this::pass);
                if (handled == RELAY_BUSY) {
                    if (++busy > BUSY_RETRIES) {
                        return;
                    }
                    Thread.sleep(BUSY_PAUSE);
                } else if (handled < config.batchSize()) {
                    return;
                } else {
                    LOG.debug("outbox relay: full batch handled, draining further");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failedPasses.increment();
            LOG.warnf("outbox relay pass failed; the events stay unpublished and are retried: %s", e.getMessage());
        }
    }

    /**
     * One relay pass: publishes up to a batch of the oldest unpublished events, marks them published and parks those
     * the broker refuses for good. Joins the caller's transaction when there is one, so the marking commits (or rolls
     * back) with it.
     *
     * @return how many events were published or parked; 0 when another replica holds the relay
     */
    public int relayOnce() {
        return Math.max(0, QuarkusTransaction.joiningExisting().call(this::pass));
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
            return RELAY_BUSY;
        }
        List<OutboxEvent> batch = entityManager.createQuery(
                        "from OutboxEvent e where e.publishedAt is null and e.parkedAt is null order by e.sequence",
                        OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList();
        lagMillis.set(batch.isEmpty() ? 0 : Duration.between(batch.get(0).occurredAt, Instant.now()).toMillis());
        int handled = batch.isEmpty() ? 0 : settle(batch, send(batch));
        parkedEvents.set(((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where parked_at is not null")
                .getSingleResult()).longValue());
        return handled;
    }

    /** Sends the batch in order, until the pass's time is up; the events after that wait for the next pass. */
    private List<Delivery> send(List<OutboxEvent> batch) {
        long deadline = System.nanoTime() + config.publishTimeout().toNanos();
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            if (System.nanoTime() >= deadline) {
                break;
            }
            ProducerRecord<String, String> record = new ProducerRecord<>(
                    EventType.topicOf(event.aggregateType), event.aggregateId, event.payload);
            record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            if (event.traceparent != null) {
                record.headers().add("traceparent", event.traceparent.getBytes(StandardCharsets.US_ASCII));
            }
            try {
                acknowledgements.add(producer.send(record));
            } catch (RuntimeException e) {
                acknowledgements.add(CompletableFuture.failedFuture(e));
            }
        }
        List<Delivery> deliveries = new ArrayList<>(acknowledgements.size());
        for (Future<RecordMetadata> acknowledgement : acknowledgements) {
            deliveries.add(Delivery.await(acknowledgement, deadline));
        }
        return deliveries;
    }

    /**
     * Marks what the broker acknowledged as published, in order per aggregate, and parks what it refuses for good.
     *
     * @return how many events were published or parked
     */
    private int settle(List<OutboxEvent> batch, List<Delivery> deliveries) {
        boolean brokerAnswers = deliveries.stream().anyMatch(Delivery::acknowledged);
        Set<String> heldBack = new HashSet<>();
        Instant now = Instant.now();
        int publishedNow = 0;
        int parkedNow = 0;
        boolean unacknowledged = deliveries.size() < batch.size();
        for (int i = 0; i < deliveries.size(); i++) {
            OutboxEvent event = batch.get(i);
            Delivery delivery = deliveries.get(i);
            String aggregate = event.aggregateType + "/" + event.aggregateId;
            if (delivery.acknowledged()) {
                if (heldBack.contains(aggregate)) {
                    unacknowledged = true; // sent again after the earlier one, and dropped as a repeat by consumers
                } else {
                    event.publishedAt = now;
                    publishedNow++;
                }
            } else if (delivery.refusedForGood() || brokerAnswers && ++event.attempts >= config.parkAfter()) {
                park(event, delivery, now);
                parkedNow++;
            } else {
                heldBack.add(aggregate);
                unacknowledged = true;
            }
        }
        entityManager.flush();
        published.increment(publishedNow);
        if (unacknowledged) {
            failedPasses.increment();
            LOG.warnf("outbox relay: %d of %d events stay unpublished for the next pass",
                    batch.size() - publishedNow - parkedNow, batch.size());
        }
        return publishedNow + parkedNow;
    }

    private void park(OutboxEvent event, Delivery delivery, Instant now) {
        event.parkedAt = now;
        event.parkReason = delivery.reason(event.attempts);
        parked.increment();
        LOG.errorf("outbox relay: parked event %s (%s of %s %s): %s", event.id, event.type, event.aggregateType,
                event.aggregateId, event.parkReason);
    }

    /**
     * Stops relaying when the service begins to shut down, before the database connections close: a pass still
     * running may finish (at most the publish timeout), and none starts after it; what is left waits in the outbox.
     */
    void close(@Observes ShutdownEvent shutdown) {
        passes.close(config.publishTimeout());
        producer.close(Duration.ofSeconds(5));
    }

    /** The {@code kafka.*} settings the consumers use (TLS, SASL, bootstrap servers), without the prefix. */
    static Map<String, String> kafkaSettings(Config settings) {
        Map<String, String> kafka = new HashMap<>();
        for (String name : settings.getPropertyNames()) {
            if (name.startsWith(KAFKA_PREFIX)) {
                settings.getOptionalValue(name, String.class)
                        .ifPresent(value -> kafka.put(name.substring(KAFKA_PREFIX.length()), value));
            }
        }
        return kafka;
    }

    /** The relay's producer: the shared Kafka settings, then what the relay's guarantees need. */
    static Properties producerSettings(Map<String, String> kafka, Duration publishTimeout) {
        int timeout = (int) publishTimeout.toMillis();
        Properties settings = new Properties();
        settings.putAll(kafka);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(1000, timeout / 3)));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(1000, timeout / 3) + 5));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(Math.max(500, timeout / 3)));
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return settings;
    }

    /** What became of one sent event by the end of the pass. */
    private record Delivery(boolean acknowledged, Throwable failure) {

        static Delivery await(Future<RecordMetadata> acknowledgement, long deadline) {
            try {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return new Delivery(true, null);
            } catch (ExecutionException e) {
                return new Delivery(false, e.getCause());
            } catch (TimeoutException e) {
                return new Delivery(false, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutboxPublishException("interrupted while publishing", e);
            }
        }

        /**
         * The broker (or the producer, before sending) refuses this record whatever the retries: too large, an invalid
         * topic. Not a failure of the connection or its credentials: those refuse every record, and wait instead.
         */
        boolean refusedForGood() {
            return failure instanceof KafkaException && !(failure instanceof RetriableException)
                    && !(failure instanceof AuthenticationException) && !(failure instanceof AuthorizationException);
        }

        String reason(int attempts) {
            String what = failure == null ? "not acknowledged" : failure.getClass().getSimpleName() + ": "
                    + failure.getMessage();
            return refusedForGood() ? what
                    : "not acknowledged in " + attempts + " passes while the broker acknowledged others: " + what;
        }
    }
}
