package org.aftersales.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.aftersales.notification.TestEvents.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.aftersales.notification.TestEvents;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.SlaAlert;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceMetrics;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * Every message is a delivery record, one per event, recipient and channel; email goes over real SMTP; an outage of
 * the SMTP server delays mail but loses none; a send cut off after the server accepted it is not sent again; a
 * message counts as sent or failed for its channel once, when it ends.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class DeliveryTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String MANAGER = "manager@aftersales.local";
    static final String FAILED = "aftersales_notifications_failed_total";
    static final String SENT = "aftersales_notifications_sent_total";

    @NotificationTestResources.Smtp
    GreenMail smtp;

    @Inject
    Deliveries deliveries;

    @Test
    void a_breach_reaches_the_manager_by_email_and_in_app_and_the_duty_agent_in_app() throws Exception {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "RESPONSE", "PT30M", 1800);

        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);

        awaitSent(breach, 3);
        assertThat(messagesOf(breach)).extracting(m -> m.recipient + " " + m.channel).containsExactlyInAnyOrder(
                "user:manager EMAIL", "user:manager IN_APP", "user:agent IN_APP");
        MimeMessage mail = onlyMailAbout(ticket);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(MANAGER);
        assertThat(mail.getSubject()).startsWith("【超时】工单 " + ticket.toString().substring(0, 8));
        assertThat(inboxTitles(TestCaller.MANAGER, ticket)).hasSize(1);
        assertThat(inboxTitles(TestCaller.AGENT, ticket)).hasSize(1);
        assertThat(inboxTitles(TestCaller.ENGINEER, ticket)).isEmpty();
        assertThat(inboxTitles(TestCaller.CUSTOMER_A, ticket)).as("staff messages are not the customer's").isEmpty();
    }

    @Test
    void the_same_event_delivered_again_sends_nothing_more() throws Exception {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "RESPONSE", "PT30M", 1800);
        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);
        awaitSent(breach, 3);

        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);
        CloudEvent<SlaAlert> later = TestEvents.breach(ticket, "RESPONSE", "PT30M", 1800);
        KAFKA.publish(TicketEvents.SLA_BREACHED, later);
        awaitSent(later, 3);

        assertThat(messagesOf(breach)).hasSize(3);
        assertThat(mailsAbout(ticket)).hasSize(2);
    }

    @Test
    void a_message_counts_once_for_its_channel_when_it_ends_failed_or_sent() {
        // Messages of other tests end first (a webhook to an endpoint that keeps failing gives up within seconds).
        await().atMost(PATIENCE).until(() -> pending(Channel.WEBHOOK) == 0 && pending(Channel.EMAIL) == 0);
        double webhooksFailed = ServiceMetrics.value(FAILED, "channel=\"WEBHOOK\"");
        double emailsSent = ServiceMetrics.value(SENT, "channel=\"EMAIL\"");
        double emailsFailed = ServiceMetrics.value(FAILED, "channel=\"EMAIL\"");
        UUID event = UUID.randomUUID();
        UUID goneEndpoint = UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> {
            deliveries.enqueue(outgoing(event, "webhook:" + goneEndpoint, goneEndpoint.toString(), Channel.WEBHOOK),
                    Instant.now());
            deliveries.enqueue(outgoing(event, "user:manager", MANAGER, Channel.EMAIL), Instant.now());
        });

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew().call(() ->
                Message.<Message>list("eventId", event))).extracting(m -> m.channel + " " + m.state)
                .containsExactlyInAnyOrder("WEBHOOK FAILED", "EMAIL SENT"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(ServiceMetrics.value(FAILED, "channel=\"WEBHOOK\"")).isEqualTo(webhooksFailed + 1);
            assertThat(ServiceMetrics.value(SENT, "channel=\"EMAIL\"")).isEqualTo(emailsSent + 1);
        });
        assertThat(ServiceMetrics.value(FAILED, "channel=\"EMAIL\"")).isEqualTo(emailsFailed);
    }

    @Test
    void an_smtp_outage_delays_the_mail_and_loses_none() throws Exception {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "RESPONSE", "PT30M", 1800);
        double emailsFailed = ServiceMetrics.value(FAILED, "channel=\"EMAIL\"");
        smtp.stop();
        try {
            KAFKA.publish(TicketEvents.SLA_BREACHED, breach);
            await().atMost(PATIENCE).until(() -> attemptsOf(breach, Channel.EMAIL).stream()
                    .filter(attempt -> attempt.outcome == AttemptOutcome.FAILED).count() >= 2);
            assertThat(attemptsOf(breach, Channel.EMAIL))
                    .filteredOn(attempt -> attempt.outcome != AttemptOutcome.STARTED)
                    .allSatisfy(attempt -> {
                        assertThat(attempt.outcome).isEqualTo(AttemptOutcome.FAILED);
                        assertThat(attempt.detail).contains("Connection refused");
                    });
            assertThat(email(breach).state).isEqualTo(MessageState.PENDING);
        } finally {
            smtp.start();
        }
        awaitSent(breach, 3);
        List<MessageAttempt> attempts = attemptsOf(breach, Channel.EMAIL);
        assertThat(attempts.getLast().outcome).isEqualTo(AttemptOutcome.ACCEPTED);
        assertThat(attempts).extracting(a -> a.number).doesNotHaveDuplicates();
        assertThat(email(breach).attempts).isEqualTo(attempts.size());
        assertThat(mailsAbout(ticket)).hasSize(1);
        assertThat(ServiceMetrics.value(FAILED, "channel=\"EMAIL\"")).as("failed attempts retried are no failure")
                .isEqualTo(emailsFailed);
    }

    @Test
    void a_send_cut_off_after_the_smtp_server_accepted_it_is_not_sent_again() throws Exception {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "RESPONSE", "PT30M", 1800);
        CutOffSender.afterAcceptance(Channel.EMAIL, ticket.toString());

        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);

        awaitSent(breach, 3);
        assertThat(CutOffSender.pending(Channel.EMAIL, ticket.toString())).isFalse();
        assertThat(attemptsOf(breach, Channel.EMAIL)).singleElement()
                .satisfies(attempt -> assertThat(attempt.outcome).isEqualTo(AttemptOutcome.IN_DOUBT));
        assertThat(mailsAbout(ticket)).hasSize(1);
    }

    void awaitSent(CloudEvent<?> event, int messages) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(messagesOf(event)).hasSize(messages)
                .allSatisfy(m -> assertThat(m.state).isEqualTo(MessageState.SENT)));
    }

    static OutgoingMessage outgoing(UUID event, String recipient, String address, Channel channel) {
        return new OutgoingMessage(event, TicketEvents.CLOSED.type(), event.toString(), "dealer-a/customer-a",
                recipient, address, channel, "messages/ticket.closed", "zh-CN", "工单已关闭", "{}");
    }

    static long pending(Channel channel) {
        return QuarkusTransaction.requiringNew().call(() -> Message.count("channel = ?1 and state = ?2", channel,
                MessageState.PENDING));
    }

    static Message email(CloudEvent<?> event) {
        return messagesOf(event).stream().filter(m -> m.channel == Channel.EMAIL).findFirst().orElseThrow();
    }

    static List<MessageAttempt> attemptsOf(CloudEvent<?> event, Channel channel) {
        return messagesOf(event).stream().filter(m -> m.channel == channel).findFirst()
                .map(m -> QuarkusTransaction.requiringNew().call(() ->
                        MessageAttempt.<MessageAttempt>list("messageId = ?1 order by number", m.id)))
                .orElse(List.of());
    }

    List<MimeMessage> mailsAbout(UUID ticket) {
        String reference = ticket.toString().substring(0, 8);
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subject(mail).contains(reference)).toList();
    }

    MimeMessage onlyMailAbout(UUID ticket) {
        List<MimeMessage> mails = mailsAbout(ticket);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> inboxTitles(TestCaller caller, UUID ticket) {
        return given().auth().oauth2(caller.token())
                .when().get("/api/v1/notifications?size=200")
                .then().statusCode(200)
                .extract().jsonPath().getList(("items.findAll { it.subject == '%s' && it.recipient != null"
                        + " && it.eventType == 'aftersales.ticket.sla-breached.v1' }.title").formatted(ticket),
                        String.class);
    }
}
