package org.aftersales.notification.sms;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aftersales.notification.TestEvents;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.SlaAlert;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEscalated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.notification.delivery.AttemptOutcome;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.CutOffSender;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.MessageAttempt;
import org.aftersales.notification.delivery.MessageState;
import org.aftersales.notification.ticket.TicketView;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMS end to end from the real broker to the vendor's stand-in: a breach reaches the manager's mobile as the
 * approved template with its parameters, a throttled vendor delays the SMS and loses none, a send cut off after
 * the vendor accepted it is found in the vendor's records and not sent again while one cut off before the call is
 * sent once, a refused number is not tried again, and an event type without an approved template goes by the other
 * channels only.
 */
@QuarkusTest
@WithTestResource(SmsTestResources.class)
class SmsDeliveryTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @SmsTestResources.Vendors
    SmsVendorStandIn vendors;

    @BeforeEach
    void forget() {
        vendors.forgetAll();
    }

    @Test
    void a_breach_reaches_the_managers_mobile_as_the_approved_template_with_its_parameters() {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "ON_SITE", "PT2H", 7200);

        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);

        Message sms = awaitSms(breach, MessageState.SENT);
        assertThat(sms.recipient).isEqualTo("user:manager");
        assertThat(sms.address).isEqualTo("+8613800000003");
        assertThat(sms.body).isEqualTo("【售后服务】工单" + ticket.toString().substring(0, 8) + "的ON_SITE承诺已超时，请立即处理。");
        assertThat(vendors.received()).singleElement().satisfies(received -> {
            assertThat(received.phone()).isEqualTo("13800000003");
            assertThat(received.templateCode()).isEqualTo(SmsTestResources.BREACH_TEMPLATE);
            assertThat(received.signName()).isEqualTo("售后服务");
            assertThat(received.parameters()).containsExactly("ref=" + ticket.toString().substring(0, 8),
                    "target=ON_SITE");
        });
        assertThat(channelsOf(breach)).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL, Channel.IN_APP,
                Channel.IN_APP);
    }

    @Test
    void a_throttled_vendor_delays_the_sms_and_it_is_sent_once() {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        vendors.aliyunAnswersNext(200, "isv.BUSINESS_LIMIT_CONTROL");
        vendors.aliyunAnswersNext(200, "isv.BUSINESS_LIMIT_CONTROL");
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "ON_SITE", "PT2H", 7200);

        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);

        Message sms = awaitSms(breach, MessageState.SENT);
        assertThat(attemptsOf(sms)).extracting(attempt -> attempt.outcome.name())
                .containsExactly("FAILED", "FAILED", "ACCEPTED");
        assertThat(vendors.received()).hasSize(1);
    }

    @Test
    void a_send_cut_off_after_the_vendor_accepted_it_is_found_in_the_vendors_records_and_not_sent_again() {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        CutOffSender.afterAcceptance(Channel.SMS, ticket.toString());
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "ON_SITE", "PT2H", 7200);

        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);

        Message sms = awaitSms(breach, MessageState.SENT);
        assertThat(CutOffSender.pending(Channel.SMS, ticket.toString())).isFalse();
        assertThat(attemptsOf(sms)).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome).isEqualTo(AttemptOutcome.ACCEPTED);
            assertThat(attempt.detail).contains("the provider's records show it took it");
        });
        assertThat(vendors.queries()).containsExactly("13800000003");
        assertThat(vendors.received()).singleElement()
                .satisfies(received -> assertThat(received.reference()).isEqualTo(sms.id.toString()));
    }

    @Test
    void a_send_cut_off_before_the_vendor_was_called_is_sent_once_its_records_show_none() {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        CutOffSender.beforeTheCall(Channel.SMS, ticket.toString());
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "ON_SITE", "PT2H", 7200);

        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);

        Message sms = awaitSms(breach, MessageState.SENT);
        assertThat(attemptsOf(sms)).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome).isEqualTo(AttemptOutcome.ACCEPTED);
            assertThat(attempt.detail).startsWith("Aliyun BizId");
        });
        assertThat(vendors.queries()).containsExactly("13800000003");
        assertThat(vendors.received()).singleElement()
                .satisfies(received -> assertThat(received.reference()).isEqualTo(sms.id.toString()));
    }

    @Test
    void a_number_the_vendor_refuses_fails_at_once_and_is_not_tried_again() {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        vendors.aliyunAnswersNext(200, "isv.MOBILE_NUMBER_ILLEGAL");
        CloudEvent<SlaAlert> breach = TestEvents.breach(ticket, "ON_SITE", "PT2H", 7200);

        KAFKA.publish(TicketEvents.SLA_BREACHED, breach);

        Message sms = awaitSms(breach, MessageState.FAILED);
        assertThat(attemptsOf(sms)).extracting(attempt -> attempt.outcome.name()).containsExactly("REFUSED");
        assertThat(vendors.received()).isEmpty();
    }

    @Test
    void an_event_type_without_an_approved_template_goes_by_the_other_channels_only() {
        UUID ticket = TestEvents.registeredTicket(KAFKA, FaultLevel.CRITICAL);
        Instant now = Instant.now();
        CloudEvent<TicketEscalated> escalated = CloudEvent.of(TicketEvents.ESCALATED, "/ticket-service",
                ticket.toString(), now, new TicketEscalated(ticket, "dealer-a/customer-a", "ENGINEER", "MANAGER",
                        "BREACH", null, "system", now));

        KAFKA.publish(TicketEvents.ESCALATED, escalated);

        await().atMost(PATIENCE).until(() -> channelsOf(escalated).size() == 2);
        assertThat(channelsOf(escalated)).containsExactlyInAnyOrder(Channel.IN_APP, Channel.EMAIL);
    }

    @Test
    void a_hotline_notice_reaches_every_known_mobile_contact_of_the_organisation_by_sms() {
        String organisation = "dealer-a/customer-sms-" + UUID.randomUUID().toString().substring(0, 8);
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        KAFKA.publish(TicketEvents.CREATED, CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(),
                now, new TicketCreated(ticket, organisation, "SN-" + ticket, FaultLevel.MINOR, "异响",
                        new Contact("钱工", "139 0000 7777", null, null), "agent", now, "FAULT", null, null)));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> TicketView.findById(ticket) != null));
        ZoneId china = ZoneId.of("Asia/Shanghai");
        Instant effective = LocalDate.now(china).plusDays(5).atStartOfDay(china).toInstant();

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("""
                        {"kind": "HOTLINE", "number": "400-820-8888", "effectiveAt": "%s",
                         "organisations": ["%s"]}""".formatted(effective, organisation))
                .when().post("/api/v1/notifications/hotline-notices")
                .then().statusCode(201);

        await().atMost(PATIENCE).until(() -> !vendors.received().isEmpty());
        assertThat(vendors.received()).singleElement().satisfies(received -> {
            assertThat(received.phone()).isEqualTo("13900007777");
            assertThat(received.templateCode()).isEqualTo("SMS_TEST_HOTLINE");
            assertThat(received.parameters()).containsExactly(
                    "date=" + effective.atZone(china).toLocalDate(), "number=400-820-8888");
        });
    }

    static Message awaitSms(CloudEvent<?> event, MessageState state) {
        return await().atMost(PATIENCE).until(() -> messagesOf(event).stream()
                .filter(m -> m.channel == Channel.SMS && m.state == state).findFirst().orElse(null),
                message -> message != null);
    }

    static List<Channel> channelsOf(CloudEvent<?> event) {
        return messagesOf(event).stream().map(m -> m.channel).toList();
    }

    static List<MessageAttempt> attemptsOf(Message message) {
        return QuarkusTransaction.requiringNew().call(() ->
                MessageAttempt.<MessageAttempt>list("messageId = ?1 order by number", message.id));
    }
}
