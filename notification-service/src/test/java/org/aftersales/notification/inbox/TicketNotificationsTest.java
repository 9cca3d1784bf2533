package org.aftersales.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.testing.TestCaller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Ticket events from the real broker become in-app notifications, once each, for the right organisations. */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class TicketNotificationsTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String DEAD_LETTERS = "aftersales.dead-letter.notification-service";

    @Test
    void a_created_ticket_gives_its_organisation_a_notification_that_other_tenants_do_not_see() {
        CloudEvent<TicketCreated> event = ticketCreated("dealer-a/customer-a", "SN-NOTIFY-1");

        publish(event);

        awaitNotification(TestCaller.CUSTOMER_A, event);
        for (TestCaller allowed : List.of(TestCaller.PARTNER_A, TestCaller.AGENT, TestCaller.MANAGER)) {
            assertThat(subjectsSeenBy(allowed)).contains(event.subject());
        }
        for (TestCaller stranger : List.of(TestCaller.CUSTOMER_B, TestCaller.PARTNER_B)) {
            assertThat(subjectsSeenBy(stranger)).doesNotContain(event.subject());
        }
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items.find { it.subject == '%s' }.eventType".formatted(event.subject()),
                        equalTo("aftersales.ticket.created.v1"))
                .body("items.find { it.subject == '%s' }.customerOrganisation".formatted(event.subject()),
                        equalTo("dealer-a/customer-a"));
    }

    @Test
    void the_same_event_delivered_twice_makes_one_notification() {
        CloudEvent<TicketCreated> repeated = ticketCreated("dealer-a/customer-a", "SN-TWICE-1");
        CloudEvent<TicketCreated> after = ticketCreated("dealer-a/customer-a", "SN-TWICE-2");

        publish(repeated);
        publish(repeated);
        // Same key, same partition: once this one is applied, both copies were consumed.
        publish(repeated.subject(), EventCodec.encode(after));
        awaitNotification(TestCaller.AGENT, after);

        assertThat(notificationsFor(repeated)).isEqualTo(1);
    }

    @Test
    void a_poison_message_goes_to_the_dead_letter_topic_and_does_not_block_its_partition() {
        CloudEvent<TicketCreated> next = ticketCreated("dealer-b/customer-b", "SN-AFTER-POISON");
        String key = next.subject();
        String invalidPayload = EventCodec.encode(next).replace("\"deviceSerial\":\"SN-AFTER-POISON\",", "")
                .replace(next.id().toString(), UUID.randomUUID().toString());

        publish(key, "this is not an event");
        publish(key, invalidPayload);
        publish(next);

        awaitNotification(TestCaller.CUSTOMER_B, next);
        List<ConsumerRecord<String, String>> dead = KAFKA.awaitRecords(DEAD_LETTERS,
                r -> key.equals(r.key()), 2, PATIENCE);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("this is not an event", invalidPayload);
        assertThat(dead).allSatisfy(r -> assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8)).isNotBlank());
    }

    @Test
    void events_of_types_this_service_does_not_handle_are_skipped() {
        CloudEvent<TicketCreated> known = ticketCreated("dealer-a/customer-a", "SN-AFTER-UNKNOWN");
        String unknownType = EventCodec.encode(known)
                .replace("aftersales.ticket.created.v1", "aftersales.ticket.renamed.v1")
                .replace(known.id().toString(), UUID.randomUUID().toString());

        publish(known.subject(), unknownType);
        publish(known);

        awaitNotification(TestCaller.AGENT, known);
        assertThat(notificationsForSubject(known.subject())).isEqualTo(1);
    }

    @Test
    void listing_needs_a_token_and_valid_paging() {
        given().when().get("/api/v1/notifications")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/notifications?size=0&page=-1")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"))
                .body("errors.field", hasItem("page"));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/notifications?page=first")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
    }

    static CloudEvent<TicketCreated> ticketCreated(String organisation, String serial) {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        return CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(), now,
                new TicketCreated(ticket, organisation, serial, FaultLevel.MINOR, "异响",
                        new Contact("赵工", "+86 10 1234 5678", null, null), "agent", now, "FAULT", null, null));
    }

    static void publish(CloudEvent<?> event) {
        KAFKA.publish(TicketEvents.CREATED, event);
    }

    static void publish(String key, String message) {
        KAFKA.publish(TicketEvents.CREATED.topic(), key, message);
    }

    static void awaitNotification(TestCaller caller, CloudEvent<?> event) {
        await().atMost(PATIENCE).until(() -> subjectsSeenBy(caller).contains(event.subject()));
    }

    static List<String> subjectsSeenBy(TestCaller caller) {
        return given().auth().oauth2(caller.token())
                .when().get("/api/v1/notifications?size=200")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.subject", String.class);
    }

    static long notificationsFor(CloudEvent<?> event) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("eventId = ?1 and recipient is null",
                event.id()));
    }

    static long notificationsForSubject(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("subject = ?1 and recipient is null",
                subject));
    }
}
