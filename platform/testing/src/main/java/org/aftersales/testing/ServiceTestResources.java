package org.aftersales.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything a service's component tests run against: a real PostgreSQL server, a real Kafka broker
 * (both started once per test JVM) and the stand-in token issuer.
 */
public class ServiceTestResources implements QuarkusTestResourceLifecycleManager {

    private final PostgresTestResource postgres = new PostgresTestResource();
    private final KafkaTestResource kafka = new KafkaTestResource();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(postgres.start());
        config.putAll(kafka.start());
        config.putAll(TestTokens.oidcConfig());
        return config;
    }

    @Override
    public void stop() {
        kafka.stop();
        postgres.stop();
    }
}
