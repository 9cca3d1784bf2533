package org.aftersales.complaint.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.notification.FollowUp;
import org.aftersales.events.notification.ReturnVisitEvents;
import org.aftersales.events.notification.ReturnVisitRecorded;
import org.aftersales.events.notification.SurveyAnswered;
import org.aftersales.events.notification.SurveyEvents;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class TicketComplaintsTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @Test
    void a_ticket_the_customer_rejected_raises_one_complaint_linked_to_it_however_often_the_events_arrive() {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        CloudEvent<TicketCreated> created = CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(),
                now, new TicketCreated(ticket, "dealer-a/customer-a", "SN-2024-000187", FaultLevel.MAJOR, "监护仪黑屏",
                        new Contact("王工", "+86 138 0000 0000", null, null), "customer-a", now, "FAULT",
                        Channel.PORTAL, null));
        CloudEvent<TicketStatusChanged> rejected = CloudEvent.of(TicketEvents.REJECTED, "/ticket-service",
                ticket.toString(), now, new TicketStatusChanged(ticket, "dealer-a/customer-a", "REJECT", "RESOLVED",
                        "DIAGNOSING", "修完还是黑屏", "customer-a", now.plusSeconds(60), null, null));
        KAFKA.publish(TicketEvents.CREATED, created);
        KAFKA.publish(TicketEvents.REJECTED, rejected);
        KAFKA.publish(TicketEvents.REJECTED, rejected);

        await().atMost(Duration.ofSeconds(60)).until(() -> complaintsOf(ticket, TestCaller.AGENT) == 1);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).queryParam("ticketId", ticket.toString())
                .when().get("/api/v1/complaints").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].origin", equalTo("TICKET_REJECTED"))
                .body("items[0].complainant.phone", equalTo("+86 138 0000 0000"))
                .body("items[0].product.ticketIds[0]", equalTo(ticket.toString()));
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).queryParam("ticketId", ticket.toString())
                .when().get("/api/v1/complaints").then().body("total", equalTo(0));
    }

    @Test
    void a_return_visit_that_asks_for_a_complaint_raises_one_linked_to_the_ticket_and_other_outcomes_raise_none() {
        // The ticket's registration comes through another topic: the visit comes days later, as in life.
        UUID ticket = knownTicket();
        Instant now = Instant.now();
        // On one key, so applied in this order: the first two outcomes raise nothing, the third raises the complaint
        // (had an earlier one raised it, the complaint would carry its words), its redelivery nothing more.
        KAFKA.publish(ReturnVisitEvents.RECORDED, visit(ticket, FollowUp.NONE, "很满意", now));
        KAFKA.publish(ReturnVisitEvents.RECORDED, visit(ticket, FollowUp.REOPEN_TICKET, "还有点问题", now));
        CloudEvent<ReturnVisitRecorded> complaint = visit(ticket, FollowUp.COMPLAINT, "修完还是经常黑屏", now);
        KAFKA.publish(ReturnVisitEvents.RECORDED, complaint);
        KAFKA.publish(ReturnVisitEvents.RECORDED, complaint);

        theOneComplaintOf(ticket, TestCaller.AGENT)
                .body("items[0].origin", equalTo("RETURN_VISIT"))
                .body("items[0].reason", containsString("修完还是经常黑屏"))
                .body("items[0].complainant.name", equalTo("王工"));
    }

    @Test
    void a_survey_with_a_low_score_opens_one_complaint_in_the_category_of_its_low_questions() {
        UUID ticket = knownTicket();
        CloudEvent<SurveyAnswered> low = survey(ticket, Map.of("response-speed", 2, "attitude", 4, "result", 1), 2,
                true);
        KAFKA.publish(SurveyEvents.ANSWERED, low);
        KAFKA.publish(SurveyEvents.ANSWERED, low);

        theOneComplaintOf(ticket, TestCaller.CUSTOMER_A)
                .body("items[0].origin", equalTo("SURVEY_LOW_SCORE"))
                .body("items[0].category", equalTo("PRODUCT_QUALITY"))
                .body("items[0].reason", containsString("等了两天才到现场"))
                .body("items[0].reason", containsString("result 1"));
    }

    @Test
    void a_survey_without_a_low_score_opens_none_and_a_ticket_keeps_its_one_complaint() {
        UUID content = knownTicket();
        UUID twice = knownTicket();
        // On one topic and in this order per key: what follows a survey was applied after it.
        KAFKA.publish(SurveyEvents.ANSWERED, survey(content, Map.of("response-speed", 5, "result", 4), 4, false));
        KAFKA.publish(SurveyEvents.ANSWERED, survey(twice, Map.of("attitude", 1), 1, true));
        KAFKA.publish(SurveyEvents.ANSWERED, survey(twice, Map.of("response-speed", 1), 1, true));
        KAFKA.publish(SurveyEvents.ANSWERED, survey(content, Map.of("attitude", 1), 1, true));

        await().atMost(Duration.ofMinutes(3)).until(() -> complaintsOf(content, TestCaller.AGENT) == 1
                && complaintsOf(twice, TestCaller.AGENT) == 1);
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("ticketId", twice.toString())
                .when().get("/api/v1/complaints").then().body("items[0].category", equalTo("SERVICE_ATTITUDE"));
        // The content survey opened nothing: the complaint is the later low one's.
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("ticketId", content.toString())
                .when().get("/api/v1/complaints").then().body("items[0].category", equalTo("SERVICE_ATTITUDE"));
    }

    /** A ticket complaint-service has received the registration of. */
    private static UUID knownTicket() {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        KAFKA.publish(TicketEvents.CREATED, CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(),
                now, new TicketCreated(ticket, "dealer-a/customer-a", "SN-2024-000187", FaultLevel.MAJOR, "监护仪黑屏",
                        new Contact("王工", "+86 138 0000 0000", null, null), "customer-a", now, "FAULT",
                        Channel.PORTAL, null)));
        await().atMost(Duration.ofMinutes(3)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownTicket.findById(ticket) != null));
        return ticket;
    }

    private static CloudEvent<SurveyAnswered> survey(UUID ticket, Map<String, Integer> scores, int overall,
            boolean low) {
        UUID survey = UUID.randomUUID();
        Instant now = Instant.now();
        return CloudEvent.of(SurveyEvents.ANSWERED, "/notification-service", ticket.toString(), now,
                new SurveyAnswered(survey, ticket, "dealer-a/customer-a", "SN-2024-000187", "engineer", scores,
                        overall, "等了两天才到现场", low, now));
    }

    private static CloudEvent<ReturnVisitRecorded> visit(UUID ticket, FollowUp followUp, String words, Instant now) {
        return CloudEvent.of(ReturnVisitEvents.RECORDED, "/notification-service", ticket.toString(), now,
                new ReturnVisitRecorded(UUID.randomUUID(), ticket, null, "dealer-a/customer-a", true,
                        followUp == FollowUp.NONE, followUp, words, "agent", now.plusSeconds(3600)));
    }

    /**
     * Waits until the ticket has its one complaint (a new topic joins the consumer group's assignment in a rebalance,
     * which may take a minute under load) and answers it as {@code caller} lists it, linked to the ticket; another
     * tenant sees none.
     */
    private static ValidatableResponse theOneComplaintOf(UUID ticket, TestCaller caller) {
        await().atMost(Duration.ofMinutes(3)).until(() -> complaintsOf(ticket, TestCaller.AGENT) == 1);
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).queryParam("ticketId", ticket.toString())
                .when().get("/api/v1/complaints").then().body("total", equalTo(0));
        return given().auth().oauth2(caller.token()).queryParam("ticketId", ticket.toString())
                .when().get("/api/v1/complaints").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].product.ticketIds[0]", equalTo(ticket.toString()));
    }

    static int complaintsOf(UUID ticket, TestCaller caller) {
        return given().auth().oauth2(caller.token()).queryParam("ticketId", ticket.toString())
                .when().get("/api/v1/complaints").then().extract().path("total");
    }
}
