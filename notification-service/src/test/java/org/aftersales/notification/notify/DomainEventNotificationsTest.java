package org.aftersales.notification.notify;

import static io.restassured.RestAssured.given;
import static org.aftersales.notification.TestEvents.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.aftersales.notification.TestEvents;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.complaint.Complainant;
import org.aftersales.events.complaint.ComplaintEscalated;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.events.complaint.ComplaintReceived;
import org.aftersales.events.parts.SpareRequestChanged;
import org.aftersales.events.parts.SpareRequestEvents;
import org.aftersales.events.recall.RecallCustomerNotice;
import org.aftersales.events.recall.RecallEvents;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.MessageState;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * Complaint-, parts- and recall events from the real broker reach whom the rules name: the complainant, the quality
 * department and managers for a serious complaint, the level a complaint is escalated to, the parts clerks and the
 * manager for spares late on site, and each affected customer and its partner for a recall.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class DomainEventNotificationsTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(90);

    @NotificationTestResources.Smtp
    GreenMail smtp;

    @Test
    void a_serious_complaint_reaches_the_complainant_the_agent_quality_and_the_manager_by_email_and_in_app() {
        CloudEvent<ComplaintReceived> received = complaintReceived("dealer-a/customer-a", "SERIOUS",
                new Complainant("李女士", "+86 139 0000 0001", "li@example.com"));

        KAFKA.publish(ComplaintEvents.RECEIVED, received);

        awaitSent(received, 8);
        assertThat(recipientsOf(received)).containsExactlyInAnyOrder(
                "contact:+86 139 0000 0001 IN_APP", "contact:+86 139 0000 0001 EMAIL",
                "user:agent IN_APP", "user:agent EMAIL", "user:quality IN_APP", "user:quality EMAIL",
                "user:manager IN_APP", "user:manager EMAIL");
        String record = received.data().recordNumber();
        assertThat(mailsAbout(record)).extracting(DomainEventNotificationsTest::to).containsExactlyInAnyOrder(
                "li@example.com", "agent@aftersales.local", "quality@aftersales.local", "manager@aftersales.local");
        assertThat(inbox(TestCaller.QUALITY, received)).hasSize(1);
        assertThat(inbox(TestCaller.CUSTOMER_A, received)).singleElement().asString().contains(record);
        assertThat(inbox(TestCaller.CUSTOMER_B, received)).isEmpty();
    }

    @Test
    void a_general_complaint_does_not_disturb_quality_or_the_manager() {
        CloudEvent<ComplaintReceived> received = complaintReceived("dealer-a/customer-a", "GENERAL",
                new Complainant("王先生", "+86 139 0000 0002", null));

        KAFKA.publish(ComplaintEvents.RECEIVED, received);

        awaitSent(received, 3);
        assertThat(recipientsOf(received)).containsExactlyInAnyOrder(
                "contact:+86 139 0000 0002 IN_APP", "user:agent IN_APP", "user:agent EMAIL");
    }

    @Test
    void a_walk_in_complainant_hears_by_email_and_no_organisation_inbox_or_partner_system_is_told() {
        CloudEvent<ComplaintReceived> received = complaintReceived(null, "GENERAL",
                new Complainant("张女士", null, "zhang@example.com"));

        KAFKA.publish(ComplaintEvents.RECEIVED, received);

        awaitSent(received, 3);
        assertThat(messagesOf(received)).extracting(m -> m.recipient + " " + m.channel + " " + m.customerOrganisation)
                .containsExactlyInAnyOrder("contact:zhang@example.com EMAIL null", "user:agent IN_APP null",
                        "user:agent EMAIL null");
        assertThat(mailsAbout(received.data().recordNumber())).extracting(DomainEventNotificationsTest::to)
                .contains("zhang@example.com");
        assertThat(inbox(TestCaller.AGENT, received)).hasSize(1);
    }

    @Test
    void an_escalation_to_quality_reaches_the_quality_department() {
        UUID complaint = UUID.randomUUID();
        Instant now = Instant.now();
        CloudEvent<ComplaintEscalated> escalated = CloudEvent.of(ComplaintEvents.ESCALATED, "/complaint-service",
                complaint.toString(), now, new ComplaintEscalated(complaint, recordNumber(), "dealer-b/customer-b",
                        "GENERAL", new Complainant("陈先生", "+86 139 0000 0003", null), "AGENT", "QUALITY",
                        "DEADLINE_BREACHED", null, "system", now));

        KAFKA.publish(ComplaintEvents.ESCALATED, escalated);

        awaitSent(escalated, 3);
        assertThat(recipientsOf(escalated)).containsExactlyInAnyOrder(
                "user:agent IN_APP", "user:quality IN_APP", "user:quality EMAIL");
    }

    @Test
    void spares_late_on_site_reach_the_parts_clerks_and_the_manager() {
        UUID request = UUID.randomUUID();
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        CloudEvent<SpareRequestChanged> breached = CloudEvent.of(SpareRequestEvents.SLA_BREACHED, "/parts-service",
                ticket.toString(), now, new SpareRequestChanged(request, ticket, "dealer-a/customer-a",
                        "PM-8000-PSU", null, 1, UUID.randomUUID(), now, "DISPATCHED", "BREACHED", "system", now));

        KAFKA.publish(SpareRequestEvents.SLA_BREACHED, breached);

        awaitSent(breached, 4);
        assertThat(recipientsOf(breached)).containsExactlyInAnyOrder(
                "user:manager IN_APP", "user:manager EMAIL", "user:parts IN_APP", "user:parts EMAIL");
        assertThat(inbox(TestCaller.PARTS_CLERK, breached)).singleElement().asString().contains("PM-8000-PSU");
    }

    @Test
    void a_recall_notice_reaches_the_affected_customer_and_its_partner_and_nobody_else() {
        UUID recall = UUID.randomUUID();
        Instant now = Instant.now();
        CloudEvent<RecallCustomerNotice> notice = CloudEvent.of(RecallEvents.CUSTOMER_NOTICE, "/complaint-service",
                recall.toString(), now, new RecallCustomerNotice(recall, "dealer-b/customer-b",
                        List.of(new RecallCustomerNotice.Device("SN-RECALL-" + recall, UUID.randomUUID(), "PM-9000",
                                "LOT-2026-07")), "电源板电容批次缺陷", "免费更换电源板", now.plusSeconds(86400)));

        KAFKA.publish(RecallEvents.CUSTOMER_NOTICE, notice);

        awaitSent(notice, 2);
        assertThat(inbox(TestCaller.CUSTOMER_B, notice)).singleElement().asString().contains("SN-RECALL-" + recall);
        assertThat(inbox(TestCaller.PARTNER_B, notice)).hasSize(2);
        assertThat(inbox(TestCaller.CUSTOMER_A, notice)).isEmpty();
        assertThat(inbox(TestCaller.PARTNER_A, notice)).isEmpty();
    }

    @Test
    void complaints_spares_and_recalls_published_at_once_and_twice_each_are_told_exactly_once() throws Exception {
        int each = 15;
        List<CloudEvent<ComplaintReceived>> complaints = new ArrayList<>();
        List<CloudEvent<SpareRequestChanged>> spares = new ArrayList<>();
        List<CloudEvent<RecallCustomerNotice>> recalls = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < each; i++) {
            complaints.add(complaintReceived("dealer-a/customer-a", "GENERAL",
                    new Complainant("王先生", "+86 139 1000 %04d".formatted(i), null)));
            UUID request = UUID.randomUUID();
            UUID ticket = UUID.randomUUID();
            spares.add(CloudEvent.of(SpareRequestEvents.SLA_BREACHED, "/parts-service", ticket.toString(), now,
                    new SpareRequestChanged(request, ticket, "dealer-a/customer-a", "PM-8000-PSU", null, 1,
                            UUID.randomUUID(), now, "DISPATCHED", "BREACHED", "system", now)));
            UUID recall = UUID.randomUUID();
            recalls.add(CloudEvent.of(RecallEvents.CUSTOMER_NOTICE, "/complaint-service", recall.toString(), now,
                    new RecallCustomerNotice(recall, "dealer-b/customer-b", List.of(new RecallCustomerNotice.Device(
                            "SN-RACE-" + recall, UUID.randomUUID(), "PM-9000", "LOT-2026-07")), "电源板电容批次缺陷",
                            "免费更换电源板", now.plusSeconds(86400))));
        }
        CountDownLatch start = new CountDownLatch(1);
        // Three producers at once, one per topic, each event twice (a redelivery): the three consumers run together.
        List<CompletableFuture<Void>> producers = List.of(
                CompletableFuture.runAsync(() -> {
                    awaitQuietly(start);
                    complaints.forEach(e -> {
                        KAFKA.publish(ComplaintEvents.RECEIVED, e);
                        KAFKA.publish(ComplaintEvents.RECEIVED, e);
                    });
                }),
                CompletableFuture.runAsync(() -> {
                    awaitQuietly(start);
                    spares.forEach(e -> {
                        KAFKA.publish(SpareRequestEvents.SLA_BREACHED, e);
                        KAFKA.publish(SpareRequestEvents.SLA_BREACHED, e);
                    });
                }),
                CompletableFuture.runAsync(() -> {
                    awaitQuietly(start);
                    recalls.forEach(e -> {
                        KAFKA.publish(RecallEvents.CUSTOMER_NOTICE, e);
                        KAFKA.publish(RecallEvents.CUSTOMER_NOTICE, e);
                    });
                }));
        start.countDown();
        CompletableFuture.allOf(producers.toArray(CompletableFuture[]::new)).get();

        complaints.forEach(e -> awaitSent(e, 3));
        spares.forEach(e -> awaitSent(e, 4));
        recalls.forEach(e -> awaitSent(e, 2));
        for (CloudEvent<SpareRequestChanged> e : spares) {
            assertThat(recipientsOf(e)).containsExactlyInAnyOrder(
                    "user:manager IN_APP", "user:manager EMAIL", "user:parts IN_APP", "user:parts EMAIL");
        }
        for (CloudEvent<ComplaintReceived> e : complaints) {
            assertThat(recipientsOf(e)).containsExactlyInAnyOrder("contact:" + e.data().complainant().phone()
                    + " IN_APP", "user:agent IN_APP", "user:agent EMAIL");
        }
        assertThat(recalls).allSatisfy(e -> assertThat(inbox(TestCaller.CUSTOMER_B, e)).hasSize(1));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static CloudEvent<ComplaintReceived> complaintReceived(String organisation, String severity,
            Complainant complainant) {
        UUID complaint = UUID.randomUUID();
        Instant now = Instant.now();
        return CloudEvent.of(ComplaintEvents.RECEIVED, "/complaint-service", complaint.toString(), now,
                new ComplaintReceived(complaint, recordNumber(), organisation, severity, complainant, "PHONE",
                        "PRODUCT_QUALITY", "监护仪", "PM-9000", null, List.of(), List.of(), "黑屏", false, "agent",
                        now));
    }

    /** A record number no other test uses, so the mails about it are this test's. */
    static String recordNumber() {
        return "TS-2026-" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
    }

    static void awaitSent(CloudEvent<?> event, int messages) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(messagesOf(event)).hasSize(messages)
                .allSatisfy(m -> assertThat(m.state).isEqualTo(MessageState.SENT)));
    }

    static List<String> recipientsOf(CloudEvent<?> event) {
        return messagesOf(event).stream().map(m -> m.recipient + " " + m.channel).toList();
    }

    /**
     * The titles and bodies of the caller's inbox entries about the event: a staff member's own, or an organisation's
     * (which vendor staff see too).
     */
    static List<String> inbox(TestCaller caller, CloudEvent<?> event) {
        String recipient = caller.organisation() == null ? "'" + caller.username() + "'" : "null";
        return given().auth().oauth2(caller.token())
                .when().get("/api/v1/notifications?size=200")
                .then().statusCode(200)
                .extract().jsonPath().getList(("items.findAll { it.subject == '%s' && it.recipient == %s }"
                        + ".collect { it.title + ' ' + it.body }").formatted(event.subject(), recipient), String.class);
    }

    List<MimeMessage> mailsAbout(String recordNumber) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subject(mail).contains(recordNumber))
                .toList();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String to(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
