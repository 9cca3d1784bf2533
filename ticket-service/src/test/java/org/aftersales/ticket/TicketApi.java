package org.aftersales.ticket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.aftersales.testing.TestCaller;

/**
 * The one fixture of ticket-service's API tests: tickets of dealer-a/customer-a registered, moved through their
 * lifecycle and their clocks read, as clients do it.
 */
public final class TicketApi {

    /** The repair's facts, for RESOLVE of a fault. */
    public static final String RESOLVE = """
            {"action": "RESOLVE", "resolution": {"faultCode": "NO-POWER", "faultGone": true}}""";

    public static final String CUSTOMER_A = "dealer-a/customer-a";

    private TicketApi() {
    }

    /** A serial number no other test uses. */
    public static String uniqueSerial(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A valid fault report of customer A's device, as a mutable map to adapt. */
    public static Map<String, Object> fault(String serial) {
        Map<String, Object> body = new HashMap<>();
        body.put("deviceSerial", serial);
        body.put("customerOrganisation", CUSTOMER_A);
        body.put("description", "监护仪黑屏，无法开机");
        body.put("faultLevel", "MAJOR");
        body.put("contact", Map.of("name", "王工", "phone", "+86 138 0000 0000"));
        return body;
    }

    /** The body with some fields replaced (or removed, for a null value). */
    public static Map<String, Object> with(Map<String, Object> body, Object... fieldsAndValues) {
        Map<String, Object> changed = new HashMap<>(body);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) {
                changed.remove((String) fieldsAndValues[i]);
            } else {
                changed.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
        }
        return changed;
    }

    /** Registers the ticket as the caller and answers its id. */
    public static String register(TestCaller caller, Map<String, Object> body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets")
                .then().statusCode(201).extract().path("id");
    }

    /** An agent registers a fault of this level for customer A's device and answers its id. */
    public static String register(String serial, String level) {
        return register(TestCaller.AGENT, with(fault(serial), "faultLevel", level));
    }

    /** A new fault of customer A's device with this symptom, registered by an agent. */
    public static String registered(String serial, String description) {
        return register(TestCaller.AGENT, with(fault(serial), "description", description));
    }

    /** A fault of customer A's device resolved by phone: registered, acknowledged, diagnosed, resolved. */
    public static String resolved(String serial, String description) {
        String ticket = registered(serial, description);
        act(ticket, "{\"action\": \"ACKNOWLEDGE\"}");
        act(ticket, "{\"action\": \"DIAGNOSE\"}");
        act(ticket, RESOLVE);
        return ticket;
    }

    /** Takes a lifecycle action without If-Match, as the caller. */
    public static Response act(TestCaller caller, String ticket, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets/{id}/transitions", ticket);
    }

    /** A manager takes a lifecycle action; it must succeed. */
    public static void act(String ticket, String body) {
        Response response = act(TestCaller.MANAGER, ticket, body);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    }

    /** The ticket as an agent reads it. */
    public static JsonPath ticket(String ticket) {
        return given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}", ticket)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The ticket's SLA clocks as an agent reads them. */
    public static JsonPath clocks(String ticket) {
        return given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/clocks", ticket)
                .then().statusCode(200).extract().jsonPath();
    }

    /** An agent classifies the ticket; it must succeed. */
    public static void classify(String ticket, String level, String type) {
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(type == null ? "{\"faultLevel\": \"%s\"}".formatted(level)
                        : "{\"faultLevel\": \"%s\", \"faultType\": \"%s\"}".formatted(level, type))
                .when().post("/api/v1/tickets/{id}/classification", ticket).then().statusCode(200);
    }
}
