package org.aftersales.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** The in-app inbox per recipient: read and unread, and nobody reads another's. */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class InboxTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void the_duty_agent_reads_their_notification_and_it_leaves_the_unread_list() {
        CloudEvent<TicketCreated> event = TicketNotificationsTest.ticketCreated("dealer-a/customer-a", "SN-READ-1");
        TicketNotificationsTest.publish(event);
        await().atMost(PATIENCE).until(() -> personal(TestCaller.AGENT, event, true) != null);
        String id = personal(TestCaller.AGENT, event, true);

        given().auth().oauth2(TestCaller.ENGINEER.token())
                .when().post("/api/v1/notifications/{id}/read", id)
                .then().statusCode(404)
                .contentType("application/problem+json");
        String readAt = given().auth().oauth2(TestCaller.AGENT.token())
                .when().post("/api/v1/notifications/{id}/read", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("recipient", equalTo("agent"))
                .body("readAt", notNullValue())
                .extract().path("readAt");

        assertThat(personal(TestCaller.AGENT, event, true)).isNull();
        assertThat(personal(TestCaller.AGENT, event, false)).isEqualTo(id);
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().post("/api/v1/notifications/{id}/read", id)
                .then().statusCode(200)
                .body("readAt", equalTo(readAt));
    }

    @Test
    void another_organisations_notification_cannot_be_read_and_bad_requests_are_refused() {
        CloudEvent<TicketCreated> event = TicketNotificationsTest.ticketCreated("dealer-a/customer-a", "SN-READ-2");
        TicketNotificationsTest.publish(event);
        TicketNotificationsTest.awaitNotification(TestCaller.CUSTOMER_A, event);
        String id = given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/notifications?size=200")
                .then().statusCode(200)
                .extract().path("items.find { it.subject == '%s' }.id".formatted(event.subject()));

        for (TestCaller stranger : List.of(TestCaller.CUSTOMER_B, TestCaller.PARTNER_B)) {
            given().auth().oauth2(stranger.token())
                    .when().post("/api/v1/notifications/{id}/read", id)
                    .then().statusCode(404);
        }
        given().when().post("/api/v1/notifications/{id}/read", id)
                .then().statusCode(401);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().post("/api/v1/notifications/{id}/read", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().post("/api/v1/notifications/not-a-uuid/read")
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/notifications?unread=maybe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("unread"));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().post("/api/v1/notifications/{id}/read", id)
                .then().statusCode(200)
                .body("recipient", equalTo(null));
    }

    /** The id of the caller's own notification about the event, or null. */
    static String personal(TestCaller caller, CloudEvent<?> event, boolean unreadOnly) {
        return given().auth().oauth2(caller.token())
                .when().get("/api/v1/notifications?size=200&unread=" + unreadOnly)
                .then().statusCode(200)
                .extract().path("items.find { it.subject == '%s' && it.recipient == '%s' }.id"
                        .formatted(event.subject(), caller.username()));
    }
}
