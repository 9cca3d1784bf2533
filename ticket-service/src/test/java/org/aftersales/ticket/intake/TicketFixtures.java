package org.aftersales.ticket.intake;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.aftersales.testing.TestCaller;

/** Tickets for API tests: bodies to register, registration and lifecycle actions. */
final class TicketFixtures {

    private TicketFixtures() {
    }

    /** A serial number no other test uses. */
    static String uniqueSerial(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A valid fault report of customer A's device, as a mutable map to adapt. */
    static Map<String, Object> fault(String serial) {
        Map<String, Object> body = new HashMap<>();
        body.put("deviceSerial", serial);
        body.put("customerOrganisation", "dealer-a/customer-a");
        body.put("description", "监护仪黑屏，无法开机");
        body.put("faultLevel", "MAJOR");
        body.put("contact", Map.of("name", "王工", "phone", "+86 138 0000 0000"));
        return body;
    }

    /** The body with some fields replaced (or removed, for a null value). */
    static Map<String, Object> with(Map<String, Object> body, Object... fieldsAndValues) {
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

    /** Registers the ticket and answers its id. */
    static String register(TestCaller caller, Map<String, Object> body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets")
                .then().statusCode(201).extract().path("id");
    }

    /** Takes a lifecycle action without If-Match. */
    static Response act(TestCaller caller, String ticket, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets/{id}/transitions", ticket);
    }

    /** The repair's facts, for RESOLVE of a fault. */
    static final String RESOLVE = """
            {"action": "RESOLVE", "resolution": {"faultCode": "NO-POWER", "faultGone": true}}""";
}
