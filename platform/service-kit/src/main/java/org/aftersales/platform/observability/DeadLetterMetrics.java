package org.aftersales.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How many events the service's consumers have parked in its dead-letter topic
 * ({@code aftersales.dead-letter.<service>}) since the topic exists: the topic's end offsets, read with the
 * service's own Kafka settings every half minute. Any increase means an event was not applied (alert: dead
 * letters &gt; 0). While the broker is unreachable the last reading stays.
 */
@ApplicationScoped
public class DeadLetterMetrics {

    private static final Logger LOG = Logger.getLogger(DeadLetterMetrics.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final String topic;
    private final Admin admin;
    private final AtomicLong deadLetters = new AtomicLong();

    DeadLetterMetrics(Config config, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.topic = "aftersales.dead-letter." + service;
        this.admin = Admin.create(kafkaSettings(config));
        Gauge.builder("aftersales.dead.letters", deadLetters, AtomicLong::get)
                .description("Events parked in the service's dead-letter topic")
                .tag("topic", topic)
                .register(registry);
    }

    @Scheduled(identity = "dead-letter-metrics", every = "${aftersales.observability.dead-letters-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            description.partitions()
                    .forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> offsets = admin.listOffsets(ends).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            deadLetters.set(offsets.values().stream().mapToLong(ListOffsetsResultInfo::offset).sum());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                deadLetters.set(0); // nothing was ever dead-lettered
            } else {
                LOG.debugf("dead-letter count not read: %s", e.getCause().getMessage());
            }
        } catch (TimeoutException e) {
            LOG.debugf("dead-letter count not read within %d s", TIMEOUT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(TIMEOUT_SECONDS));
    }

    /** Every {@code kafka.*} setting of the service (bootstrap servers, TLS, SASL), as the admin client's. */
    private static Properties kafkaSettings(Config config) {
        Properties settings = new Properties();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.") && !name.startsWith("kafka.health")) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> settings.put(name.substring("kafka.".length()), value));
            }
        }
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "dead-letter-metrics");
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        return settings;
    }
}
