package org.aftersales.ticket.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.OutboxRelay;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.ticket.TicketApi;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The relay's guarantees, with the scheduled relay switched off so that each test drives the passes
 * itself.
 */
@QuarkusTest
@TestProfile(OutboxRelayGuaranteesTest.ManualRelay.class)
@WithTestResource(ServiceTestResources.class)
class OutboxRelayGuaranteesTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    public static class ManualRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftersales.outbox.poll-interval", "off");
        }
    }

    @Inject
    OutboxRelay relay;

    @Test
    void a_relay_that_dies_after_publishing_but_before_marking_publishes_the_event_again_with_the_same_id() {
        drain();
        String id = TicketApi.register("SN-CRASH-1", "MAJOR");

        // The pass publishes, then its transaction never commits: the process died before marking.
        QuarkusTransaction.begin();
        try {
            assertThat(relay.relayOnce()).isEqualTo(1);
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(relay.relayOnce()).as("the next pass sends the unmarked event again").isEqualTo(1);
        assertThat(relay.relayOnce()).as("and then nothing is left").isZero();

        List<ConsumerRecord<String, String>> records = KAFKA.awaitRecords(
                TicketEvents.CREATED.topic(), r -> id.equals(r.key()), 2, TicketEventsPublishingTest.PATIENCE);
        assertThat(records).extracting(r -> EventCodec.decode(r.value()).id()).hasSize(2).containsOnly(
                EventCodec.decode(records.get(0).value()).id());
    }

    @Test
    void only_one_relay_pass_runs_at_a_time_across_replicas() {
        drain();
        String id = TicketApi.register("SN-REPLICAS-1", "MAJOR");

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(relay.relayOnce()).isEqualTo(1);
            // Another replica's pass, while this one has not committed yet, must not publish it again.
            int otherReplica = CompletableFuture
                    .supplyAsync(() -> QuarkusTransaction.requiringNew().call(relay::relayOnce))
                    .join();
            assertThat(otherReplica).isZero();
        });

        assertThat(relay.relayOnce()).isZero();
        assertThat(KAFKA.awaitRecords(TicketEvents.CREATED.topic(), r -> id.equals(r.key()), 1,
                TicketEventsPublishingTest.PATIENCE)).hasSize(1);
    }

    private void drain() {
        while (relay.relayOnce() > 0) {
            // publish whatever earlier tests left
        }
    }
}
