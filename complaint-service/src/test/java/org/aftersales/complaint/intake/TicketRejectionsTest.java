package org.aftersales.complaint.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
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
class TicketRejectionsTest {

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

    static int complaintsOf(UUID ticket, TestCaller caller) {
        return given().auth().oauth2(caller.token()).queryParam("ticketId", ticket.toString())
                .when().get("/api/v1/complaints").then().extract().path("total");
    }
}
