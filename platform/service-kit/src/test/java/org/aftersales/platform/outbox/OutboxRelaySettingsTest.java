package org.aftersales.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The relay's producer reaches the cluster the consumers reach, and never blocks longer than its pass allows. */
class OutboxRelaySettingsTest {

    @Test
    void the_producer_takes_the_shared_kafka_settings_and_keeps_its_own_guarantees() {
        var config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "kafka.bootstrap.servers", "broker-1:9093",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "kafka.ssl.truststore.location", "/etc/kafka/truststore.p12",
                "kafka.acks", "0",
                "kafkaesque.setting", "not kafka's"), "test", 100)).build();

        Properties producer = OutboxRelay.producerSettings(OutboxRelay.kafkaSettings(config), Duration.ofSeconds(15));

        assertThat(producer)
                .containsEntry("bootstrap.servers", "broker-1:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12")
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("max.block.ms", "5000")
                .containsEntry("request.timeout.ms", "5000")
                .doesNotContainKey("setting")
                .doesNotContainKey("esque.setting");
        assertThat(Integer.parseInt(producer.getProperty("delivery.timeout.ms"))).isLessThanOrEqualTo(15_000)
                .isGreaterThanOrEqualTo(5000 + 5);
    }
}
