package org.aftersales.platform.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.inbox.ScriptedTicketConsumer.Failure;
import org.aftersales.platform.outbox.OutboxRelay;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Consumers retry in place before giving up; dead letters are listed and replayed once; old ids are pruned. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class InboxReliabilityTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String DEAD_LETTER_TOPIC = "aftersales.dead-letter.service-kit-test";
    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @Inject
    ScriptedTicketConsumer consumer;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxRelay relay;

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void a_transient_database_error_is_retried_in_place_and_the_event_applied_once() {
        String serial = serial();
        consumer.failFirst(serial, 3, Failure.SERIALIZATION);

        CloudEvent<TicketCreated> event = publish(UUID.randomUUID(), serial);

        await().atMost(PATIENCE).until(() -> consumer.applied().contains(serial));
        assertThat(consumer.attempts(serial)).isEqualTo(4);
        assertThat(processed(event.id())).isEqualTo(1);
        assertThat(deadLettersOf(event.id())).isEmpty();
    }

    @Test
    void later_events_of_the_same_aggregate_wait_for_the_one_retried() {
        UUID ticket = UUID.randomUUID();
        String retried = serial();
        String later = serial();
        consumer.failFirst(retried, 4, Failure.SERIALIZATION);

        publish(ticket, retried);
        publish(ticket, later);

        await().atMost(PATIENCE).until(() -> consumer.applied().contains(later));
        List<String> applied = consumer.applied();
        assertThat(applied.indexOf(retried)).isNotNegative().isLessThan(applied.indexOf(later));
    }

    @Test
    void an_event_that_keeps_failing_is_dead_lettered_with_its_reason_after_its_attempts_and_the_partition_goes_on() {
        UUID ticket = UUID.randomUUID();
        String failing = serial();
        String next = serial();
        consumer.failFirst(failing, 1000, Failure.HANDLER_ERROR);

        CloudEvent<TicketCreated> event = publish(ticket, failing);
        publish(ticket, next);

        await().atMost(PATIENCE).until(() -> consumer.applied().contains(next));
        assertThat(consumer.attempts(failing)).isEqualTo(3);
        assertThat(deadLettersOf(event.id())).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.consumer()).isEqualTo(ScriptedTicketConsumer.CONSUMER);
            assertThat(deadLetter.eventType()).isEqualTo(TicketEvents.CREATED.type());
            assertThat(deadLetter.subject()).isEqualTo(ticket.toString());
            assertThat(deadLetter.attempts()).isEqualTo(3);
            assertThat(deadLetter.reason()).isEqualTo("device " + failing + " is unknown");
            assertThat(EventCodec.decode(deadLetter.message()).id()).isEqualTo(event.id());
        });
        var onTopic = KAFKA.awaitRecords(DEAD_LETTER_TOPIC,
                r -> r.value().contains(event.id().toString()), 1, PATIENCE);
        assertThat(KafkaTestClient.header(onTopic.getFirst(), "dead-letter-reason"))
                .isEqualTo("device " + failing + " is unknown");
        assertThat(processed(event.id())).isZero();
    }

    @Test
    void a_message_that_is_no_event_is_dead_lettered_at_once() {
        String garbage = "{\"not\": \"a cloud event\", \"marker\": \"" + UUID.randomUUID() + "\"}";

        KAFKA.publish(TicketEvents.CREATED.topic(), "garbage", garbage);

        await().atMost(PATIENCE).until(() -> allDeadLetters().stream()
                .anyMatch(deadLetter -> deadLetter.message().equals(garbage)));
        DeadLetter deadLetter = allDeadLetters().stream()
                .filter(candidate -> candidate.message().equals(garbage)).findFirst().orElseThrow();
        assertThat(deadLetter.attempts()).isEqualTo(1);
        assertThat(deadLetter.eventId()).isNull();
        given().auth().oauth2(TestCaller.ADMIN.token())
                .when().post("/ops/dead-letters/{id}/replay", deadLetter.id())
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_replayed_dead_letter_is_applied_once_and_two_replays_at_once_replay_it_once() {
        String serial = serial();
        consumer.failFirst(serial, 3, Failure.HANDLER_ERROR);
        CloudEvent<TicketCreated> event = publish(UUID.randomUUID(), serial);
        await().atMost(PATIENCE).until(() -> !deadLettersOf(event.id()).isEmpty());
        UUID id = deadLettersOf(event.id()).getFirst().id();

        given().auth().oauth2(TestCaller.ADMIN.token()).when().get("/ops/dead-letters")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> replay(id));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> replay(id));
        assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(200, 409);

        await().atMost(PATIENCE).until(() -> {
            relay.relayOnce();
            return consumer.applied().contains(serial);
        });
        KAFKA.publish(TicketEvents.CREATED, event);
        String marker = serial();
        publish(UUID.randomUUID(), marker);
        await().atMost(PATIENCE).until(() -> consumer.applied().contains(marker));
        assertThat(consumer.applied()).containsOnlyOnce(serial);
        assertThat(processed(event.id())).isEqualTo(1);
        given().auth().oauth2(TestCaller.ADMIN.token()).when().get("/ops/dead-letters/{id}", id)
                .then().statusCode(200).body("replayedBy", equalTo("admin"));
    }

    @Test
    void only_an_admin_sees_and_replays_dead_letters() {
        UUID unknown = UUID.randomUUID();
        given().when().get("/ops/dead-letters").then().statusCode(401);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/ops/dead-letters").then().statusCode(403);
        given().auth().oauth2(TestCaller.AGENT.token()).when().post("/ops/dead-letters/{id}/replay", unknown)
                .then().statusCode(403);
        given().auth().oauth2(TestCaller.ADMIN.token()).when().post("/ops/dead-letters/{id}/replay", unknown)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.ADMIN.token()).when().get("/ops/dead-letters/{id}", unknown)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.ADMIN.token()).queryParam("size", "abc").when().get("/ops/dead-letters")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.ADMIN.token()).queryParam("all", "maybe").when().get("/ops/dead-letters")
                .then().statusCode(400);
    }

    @Test
    void pruning_deletes_the_ids_older_than_the_retention_and_keeps_the_recent_ones() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            recordProcessed(old, now.minus(Duration.ofDays(36)));
            recordProcessed(recent, now.minus(Duration.ofDays(34)));
        });

        assertThat(processedEvents.prune(now)).isGreaterThanOrEqualTo(1);

        assertThat(processed(old)).isZero();
        assertThat(processed(recent)).isEqualTo(1);
    }

    private int replay(UUID id) {
        return given().auth().oauth2(TestCaller.ADMIN.token())
                .when().post("/ops/dead-letters/{id}/replay", id).then().extract().statusCode();
    }

    private void recordProcessed(UUID eventId, Instant at) {
        entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type, processed_at)
                        values (?1, ?2, 'aftersales.ticket.created.v1', ?3)""")
                .setParameter(1, ScriptedTicketConsumer.CONSUMER)
                .setParameter(2, eventId)
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    private long processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, ScriptedTicketConsumer.CONSUMER)
                .setParameter(2, eventId)
                .getSingleResult()).longValue());
    }

    private List<DeadLetter> deadLettersOf(UUID eventId) {
        return allDeadLetters().stream().filter(deadLetter -> eventId.equals(deadLetter.eventId())).toList();
    }

    private List<DeadLetter> allDeadLetters() {
        return QuarkusTransaction.requiringNew().call(() -> deadLetters.list(true, 0, 200));
    }

    private static CloudEvent<TicketCreated> publish(UUID ticket, String serial) {
        Instant now = Instant.now();
        CloudEvent<TicketCreated> event = CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(),
                now, new TicketCreated(ticket, "dealer-a/customer-a", serial, FaultLevel.MAJOR, "监护仪黑屏",
                        new Contact("王工", "+86 138 0000 0000", "设备科", "ICU"), "agent", now, "FAULT",
                        Channel.HOTLINE, FaultType.HARDWARE));
        KAFKA.publish(TicketEvents.CREATED, event);
        return event;
    }

    private static String serial() {
        return "SN-INBOX-" + UUID.randomUUID();
    }
}
