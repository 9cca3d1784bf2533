package org.aftersales.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.KafkaTestResource;
import org.aftersales.testing.ServiceMetrics;
import org.aftersales.testing.ServiceTestResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The relay never stalls: a poison event is parked and the rest go on; a pass without a broker ends in time. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class OutboxReliabilityTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void an_event_the_broker_refuses_is_parked_with_its_reason_and_the_later_events_still_reach_the_topic() {
        UUID poisoned = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            append(poisoned, "监".repeat(600_000)); // about 1.8 MB: more than the broker takes in one record
            append(poisoned, "after the poison, same ticket");
            append(other, "another ticket");
        });

        await().atMost(PATIENCE).until(() -> {
            relay.relayOnce();
            return unpublished(Set.of(poisoned, other)) == 1;
        });

        var records = KAFKA.awaitRecords(TicketEvents.CREATED.topic(),
                r -> r.key().equals(poisoned.toString()) || r.key().equals(other.toString()), 2, PATIENCE);
        assertThat(records).extracting(r -> EventCodec.payload(EventCodec.decode(r.value()), TicketEvents.CREATED)
                .description()).containsExactlyInAnyOrder("after the poison, same ticket", "another ticket");
        Object[] parked = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                        select parked_at, park_reason from outbox_event
                        where aggregateid = ?1 and published_at is null""")
                .setParameter(1, poisoned.toString()).getSingleResult());
        assertThat(parked[0]).isNotNull();
        assertThat((String) parked[1]).startsWith("RecordTooLargeException");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("aftersales_outbox_parked "))
                .body(containsString("aftersales_outbox_parked_events_total"));
        // The events waiting for the relay leave the parked one out: it waits for an operator, counted on its own.
        await().atMost(PATIENCE).until(() -> ServiceMetrics.value("aftersales_outbox_unpublished") == 0
                && ServiceMetrics.value("aftersales_outbox_parked") >= 1);
    }

    @Test
    void a_pass_without_a_broker_ends_within_its_publish_timeout_and_the_events_follow_once_it_is_back() {
        List<UUID> tickets = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
        KafkaTestResource.broker().stop();
        try {
            QuarkusTransaction.requiringNew().run(() -> tickets.forEach(ticket -> append(ticket, "during the outage")));

            Instant started = Instant.now();
            int handled = relay.relayOnce();

            // 20 sends each waiting for metadata would take minutes; the pass stops sending at its 5 s timeout.
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(12));
            assertThat(handled).isZero();
            assertThat(unpublished(Set.copyOf(tickets))).isEqualTo(tickets.size());
        } finally {
            KafkaTestResource.broker().restart();
        }

        await().atMost(PATIENCE).until(() -> {
            relay.relayOnce();
            return unpublished(Set.copyOf(tickets)) == 0;
        });
        Set<String> keys = tickets.stream().map(UUID::toString).collect(Collectors.toSet());
        assertThat(KAFKA.awaitRecords(TicketEvents.CREATED.topic(), r -> keys.contains(r.key()), tickets.size(),
                PATIENCE)).extracting(r -> r.key()).containsAll(keys);
    }

    private void append(UUID ticket, String description) {
        Instant now = Instant.now();
        outbox.append(TicketEvents.CREATED, ticket.toString(), now, new TicketCreated(ticket, "dealer-a/customer-a",
                "SN-OUTBOX-" + ticket, FaultLevel.MINOR, description, new Contact("王工", "+86 138 0000 0000", "设备科",
                "ICU"), "agent", now, "FAULT", Channel.HOTLINE, FaultType.HARDWARE));
    }

    private long unpublished(Set<UUID> tickets) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where published_at is null and aggregateid = any(?1)")
                .setParameter(1, tickets.stream().map(UUID::toString).toArray(String[]::new))
                .getSingleResult()).longValue());
    }
}
