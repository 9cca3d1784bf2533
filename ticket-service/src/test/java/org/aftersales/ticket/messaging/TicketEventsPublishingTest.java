package org.aftersales.ticket.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.KafkaTestResource;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.TicketApi;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The scheduled outbox relay: events reach the broker, also after the broker was down. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class TicketEventsPublishingTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void registering_a_ticket_publishes_its_created_event_keyed_by_ticket() {
        String id = TicketApi.register("SN-PUBLISH-1", "MAJOR");

        ConsumerRecord<String, String> record = KAFKA.awaitRecords(TicketEvents.CREATED.topic(), r -> id.equals(r.key()), 1, PATIENCE).get(0);

        var event = EventCodec.decode(record.value());
        assertThat(event.type()).isEqualTo("aftersales.ticket.created.v1");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.source()).hasToString("/ticket-service");
        TicketCreated payload = EventCodec.payload(event, TicketEvents.CREATED);
        assertThat(payload.deviceSerial()).isEqualTo("SN-PUBLISH-1");
        assertThat(payload.customerOrganisation()).isEqualTo("dealer-a/customer-a");
        assertThat(new String(record.headers().lastHeader("content-type").value()))
                .startsWith("application/cloudevents+json");
    }

    @Test
    void each_lifecycle_action_publishes_its_own_event_type_in_order_on_the_ticket_key() {
        String id = TicketApi.register("SN-PUBLISH-2", "MAJOR");
        for (String action : List.of("ACKNOWLEDGE", "DISPATCH")) {
            given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                    .body("{\"action\": \"" + action + "\"}")
                    .when().post("/api/v1/tickets/" + id + "/transitions").then().statusCode(200);
        }

        List<ConsumerRecord<String, String>> records = KAFKA.awaitRecords(
                TicketEvents.CREATED.topic(), r -> id.equals(r.key()), 3, PATIENCE);

        assertThat(records).extracting(r -> EventCodec.decode(r.value()).type()).containsExactly(
                "aftersales.ticket.created.v1", "aftersales.ticket.acknowledged.v1", "aftersales.ticket.dispatched.v1");
        TicketStatusChanged dispatched = EventCodec.payload(EventCodec.decode(records.get(2).value()), TicketEvents.DISPATCHED);
        assertThat(dispatched.fromStatus()).isEqualTo("ACKNOWLEDGED");
        assertThat(dispatched.toStatus()).isEqualTo("DISPATCHED");
        assertThat(dispatched.changedBy()).isEqualTo("agent");
    }

    @Test
    void tickets_registered_while_the_broker_is_down_are_stored_and_their_events_arrive_after_it_is_back() {
        KafkaTestResource.broker().stop();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(TicketApi.register("SN-OUTAGE-" + i, "MAJOR"));
            }
            assertThat(QuarkusTransaction.requiringNew().call(() -> unpublished(ids))).isEqualTo(3);
        } finally {
            KafkaTestResource.broker().restart();
        }

        List<ConsumerRecord<String, String>> records = KAFKA.awaitRecords(
                TicketEvents.CREATED.topic(), r -> ids.contains(r.key()), 3, PATIENCE);
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> unpublished(ids)) == 0);
    }

    @Test
    void the_relay_reports_its_lag_as_a_metric() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("aftersales_outbox_lag_seconds"))
                .body(containsString("aftersales_outbox_published_total"));
    }

    static long unpublished(List<String> aggregateIds) {
        return Panache.getEntityManager().createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId in :ids and e.publishedAt is null", Long.class)
                .setParameter("ids", aggregateIds)
                .getSingleResult();
    }
}
