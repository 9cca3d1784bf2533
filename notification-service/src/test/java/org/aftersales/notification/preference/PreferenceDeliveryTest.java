package org.aftersales.notification.preference;

import static io.restassured.RestAssured.given;
import static org.aftersales.notification.TestEvents.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.aftersales.notification.TestEvents;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventType;
import org.aftersales.events.complaint.Complainant;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.events.complaint.ComplaintStatusChanged;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.SlaAlert;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.MessageState;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Preferences applied to real deliveries: a channel turned off is suppressed and on record, a message that can wait
 * is held to the end of quiet hours on a persistent timer, and urgent ones — a breach, a 一级 ticket — go at once.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class PreferenceDeliveryTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @AfterEach
    void reset() {
        QuarkusTransaction.requiringNew().run(() -> NotificationPreference.delete("recipient is not null"));
    }

    @Test
    void a_manager_who_turned_email_off_gets_the_breach_in_app_and_its_email_is_suppressed_on_record() {
        prefer(TestCaller.MANAGER, "{\"disabledChannels\":[\"EMAIL\"]}");
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.MINOR);
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "RESPONSE", "PT30M", 1800);

        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(states(breach)).containsExactlyInAnyOrder(
                "user:manager IN_APP SENT", "user:manager EMAIL SUPPRESSED", "user:agent IN_APP SENT"));
        assertThat(message(breach, "user:manager", Channel.EMAIL).attempts).isZero();
    }

    @Test
    void in_quiet_hours_a_message_that_can_wait_is_held_to_their_end_and_an_urgent_one_goes_at_once() {
        LocalTime now = LocalTime.now(CHINA);
        String from = now.minusHours(1).format(HOURS);
        String until = now.plusHours(2).withSecond(0).withNano(0).format(HOURS);
        prefer(TestCaller.QUALITY, "{\"quietHours\":{\"from\":\"" + from + "\",\"to\":\"" + until + "\"}}");
        CloudEvent<ComplaintStatusChanged> reopened = complaint(ComplaintEvents.REOPENED);

        KAFKA.publish(ComplaintEvents.REOPENED, reopened);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(states(reopened))
                .contains("user:quality IN_APP SENT", "user:quality EMAIL PENDING", "user:manager EMAIL SENT"));
        Message held = message(reopened, "user:quality", Channel.EMAIL);
        assertThat(held.attempts).isZero();
        Instant due = sendTimerOf(held);
        assertThat(due).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        assertThat(due.atZone(CHINA).toLocalTime().format(HOURS)).isEqualTo(until);
    }

    @Test
    void everything_about_a_critical_ticket_is_urgent_even_in_quiet_hours() {
        LocalTime now = LocalTime.now(CHINA);
        prefer(TestCaller.ENGINEER, "{\"quietHours\":{\"from\":\"" + now.minusHours(1).format(HOURS) + "\",\"to\":\""
                + now.plusHours(2).format(HOURS) + "\"}}");
        UUID critical = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        UUID minor = TestEvents.registeredTicket(KAFKA, FaultLevel.MINOR);
        CloudEvent<TicketStatusChanged> criticalDispatched = dispatched(critical);
        CloudEvent<TicketStatusChanged> minorDispatched = dispatched(minor);

        KAFKA.publish(TicketEvents.DISPATCHED, criticalDispatched);
        KAFKA.publish(TicketEvents.DISPATCHED, minorDispatched);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(states(criticalDispatched)).contains("user:engineer EMAIL SENT");
            assertThat(states(minorDispatched)).contains("user:engineer EMAIL PENDING", "user:engineer IN_APP SENT");
        });
    }

    static void prefer(TestCaller caller, String body) {
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/notifications/preferences/me")
                .then().statusCode(200);
    }

    static CloudEvent<TicketStatusChanged> dispatched(UUID ticket) {
        Instant now = Instant.now();
        return CloudEvent.of(TicketEvents.DISPATCHED, "/ticket-service", ticket.toString(), now,
                new TicketStatusChanged(ticket, "dealer-a/customer-a", "DISPATCH", "DIAGNOSING", "DISPATCHED", null,
                        "agent", now, "engineer", null));
    }

    static CloudEvent<ComplaintStatusChanged> complaint(EventType<ComplaintStatusChanged> type) {
        UUID complaint = UUID.randomUUID();
        Instant now = Instant.now();
        return CloudEvent.of(type, "/complaint-service", complaint.toString(), now,
                new ComplaintStatusChanged(complaint, "TS-2026-" + complaint.toString().substring(0, 6),
                        "dealer-a/customer-a", "GENERAL", new Complainant("李女士", null, null), "REJECT_SOLUTION",
                        "SOLVED", "INVESTIGATING", "仍不满意", "QUALITY", "YES", 1, "agent", now));
    }

    static List<String> states(CloudEvent<?> event) {
        return messagesOf(event).stream().map(m -> m.recipient + " " + m.channel + " " + m.state).toList();
    }

    static Message message(CloudEvent<?> event, String recipient, Channel channel) {
        return messagesOf(event).stream().filter(m -> m.recipient.equals(recipient) && m.channel == channel)
                .findFirst().orElseThrow();
    }

    static Instant sendTimerOf(Message message) {
        return QuarkusTransaction.requiringNew().call(() -> Instant.ofEpochMilli(((Number) Message.getEntityManager()
                .createNativeQuery("select cast(extract(epoch from due_at) * 1000 as bigint) from timer where subject = ?1")
                .setParameter(1, message.id.toString()).getSingleResult()).longValue()));
    }
}
