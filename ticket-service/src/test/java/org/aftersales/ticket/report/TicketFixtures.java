package org.aftersales.ticket.report;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import org.aftersales.testing.TestCaller;

/** Tickets of customer-a in the states report tests need, moved along by an agent. */
public final class TicketFixtures {

    private TicketFixtures() {
    }

    /** A new ticket of dealer-a/customer-a for the device, with this symptom. */
    public static String registered(String serial, String description) {
        return given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "dealer-a/customer-a",
                         "description": "%s", "faultLevel": "MAJOR",
                         "contact": {"name": "李工", "phone": "010-8888 0000"}}""".formatted(serial, description))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A ticket of dealer-a/customer-a resolved by phone: registered, acknowledged, diagnosed, resolved. */
    public static String resolved(String serial, String description) {
        String ticket = registered(serial, description);
        act(ticket, "{\"action\": \"ACKNOWLEDGE\"}");
        act(ticket, "{\"action\": \"DIAGNOSE\"}");
        act(ticket, """
                {"action": "RESOLVE", "resolution": {"faultCode": "NO-DISPLAY", "faultGone": true}}""");
        return ticket;
    }

    /** Takes a lifecycle action as the agent; it must succeed. */
    public static void act(String ticket, String body) {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets/{id}/transitions", ticket)
                .then().statusCode(200);
    }
}
