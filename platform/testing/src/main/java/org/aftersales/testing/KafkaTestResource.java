package org.aftersales.testing;

import java.nio.file.Path;
import java.util.Map;

import org.aftersales.infra.KafkaBroker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker for {@code @QuarkusTest}s: {@code @WithTestResource(KafkaTestResource.class)}.
 *
 * <p>One broker per test JVM, started lazily in {@code target/kafka} (wiped at that first start) and shared by every
 * test class; {@link #stop()} leaves it running, a shutdown hook kills it when the JVM exits. Tests may stop, kill
 * and restart it through {@link #broker()} (broker-outage tests); the next test class's {@link #start()} restarts it
 * if a test left it stopped.
 *
 * <p>Dev Services for Kafka must be off in the service's {@code application.properties}
 * ({@code quarkus.devservices.enabled=false} or {@code quarkus.kafka.devservices.enabled=false}): build-time config.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    static final String RUNNING_PROPERTY = "aftersales.testing.kafka.data";

    private static KafkaBroker broker;

    /** The shared broker, started on first use (it may be stopped: see {@link KafkaBroker#isRunning()}). */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            Path data = SharedInfra.targetDirectory("kafka");
            broker = SharedInfra.obtain(RUNNING_PROPERTY, data, () -> {
                KafkaBroker.deleteDataDirectory(data);
                return KafkaBroker.start(data, 0);
            }, KafkaBroker::attach);
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        KafkaBroker kafka = broker();
        if (!kafka.isRunning()) {
            kafka.restart();
        }
        // No quarkus.kafka.devservices.enabled here: build-time config, see PostgresTestResource#start().
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // kept running for the next test class; killed by the JVM shutdown hook
    }
}
