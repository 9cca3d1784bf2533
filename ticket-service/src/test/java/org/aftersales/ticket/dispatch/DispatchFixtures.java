package org.aftersales.ticket.dispatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.aftersales.testing.TestCaller;

/** Engineers, tickets and assignments for API tests. */
public final class DispatchFixtures {

    /** On duty every day around the clock. */
    public static final String ALWAYS_ON_DUTY = """
            {"weeklyHours": [{"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"],
                              "from": "00:00", "to": "00:00"}]}""";

    /** Never on duty. */
    public static final String NEVER_ON_DUTY = "{\"weeklyHours\": []}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DispatchFixtures() {
    }

    /**
     * The JSON document with one field set, for tables of invalid requests.
     *
     * @param parent a JSON pointer to the object holding the field, {@code ""} for the document itself
     * @param value the field's new value as JSON, {@code null} included
     */
    public static String with(String json, String parent, String field, String value) {
        try {
            JsonNode document = JSON.readTree(json);
            ((ObjectNode) document.at(parent)).set(field, JSON.readTree(value));
            return document.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String profile(String level, String skills, String region, String duty) {
        return """
                {"name": "张工", "phone": "+86 139 0000 0000", "level": "%s", "skills": %s, "region": "%s",
                 "duty": %s}""".formatted(level, skills, region, duty);
    }

    /** Registers or updates an engineer, as a manager. */
    public static void register(String username, String profile) {
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(profile)
                .when().put("/api/v1/engineers/{username}", username)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /** Registers the test realm's engineer (username {@code engineer}), on duty around the clock. */
    public static void registerTheEngineer() {
        register(TestCaller.ENGINEER.username(), profile("ENGINEER", "[\"HARDWARE\"]", "cn/beijing", ALWAYS_ON_DUTY));
    }

    /** A new ticket of customer A about the device with this serial. */
    public static String ticket(String serial) {
        return given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "dealer-a/customer-a",
                         "description": "监护仪黑屏，无法开机", "faultLevel": "MAJOR",
                         "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}""".formatted(serial))
                .when().post("/api/v1/tickets").then().statusCode(201).extract().path("id");
    }

    /** A new ticket of customer A, acknowledged by an agent. */
    public static String acknowledgedTicket() {
        String ticket = ticket("SN-DISPATCH-" + UUID.randomUUID());
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("{\"action\": \"ACKNOWLEDGE\"}")
                .when().post("/api/v1/tickets/{id}/transitions", ticket).then().statusCode(200);
        return ticket;
    }

    /** An assignment body with an arrival window from tomorrow on. */
    public static String assignmentOf(String engineer) {
        Instant from = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        return """
                {"engineer": "%s", "appointment": {"from": "%s", "to": "%s"}}"""
                .formatted(engineer, from, from.plus(Duration.ofHours(2)));
    }

    /** Assigns the ticket, as an agent. */
    public static Response assign(String ticket, String engineer) {
        return given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(assignmentOf(engineer))
                .when().post("/api/v1/tickets/{id}/assignment", ticket);
    }
}
