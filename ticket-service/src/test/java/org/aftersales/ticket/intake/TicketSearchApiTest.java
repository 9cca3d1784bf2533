package org.aftersales.ticket.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.aftersales.ticket.TicketApi;

/**
 * Ticket lists. Four tickets share one serial number, so that each filter is checked against them alone:
 * <pre>
 * T1 customer A, CRITICAL, HOTLINE, NEW,          registered 2025-01-01 23:59:59 Shanghai, assigned to the test engineer
 * T2 customer A, MINOR,    EMAIL,   ACKNOWLEDGED, registered 2025-01-02 00:00:00 Shanghai, engineer assigned
 * T3 customer A, consultation, PORTAL, NEW,       registered now
 * T4 customer B, MAJOR,    FAX,     NEW,          registered now (after T3)
 * </pre>
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class TicketSearchApiTest {

    static final String SERIAL = TicketApi.uniqueSerial("SN-LIST");
    static final String ENGINEER = "engineer-" + UUID.randomUUID();
    static final Map<String, String> TICKETS = new LinkedHashMap<>();

    @BeforeEach
    void fourTicketsOfOneSerial() {
        if (!TICKETS.isEmpty()) {
            return;
        }
        Map<String, Object> fault = TicketApi.fault(SERIAL);
        TICKETS.put("T1", TicketApi.register(TestCaller.AGENT,
                TicketApi.with(fault, "faultLevel", "CRITICAL", "channel", "HOTLINE")));
        TICKETS.put("T2", TicketApi.register(TestCaller.CUSTOMER_A,
                TicketApi.with(fault, "faultLevel", "MINOR", "channel", "EMAIL")));
        TICKETS.put("T3", TicketApi.register(TestCaller.CUSTOMER_A,
                TicketApi.with(fault, "faultLevel", null, "kind", "CONSULTATION")));
        TICKETS.put("T4", TicketApi.register(TestCaller.AGENT, TicketApi.with(fault, "faultLevel", "MAJOR",
                "channel", "FAX", "customerOrganisation", "dealer-b/customer-b")));
        TicketApi.act(TestCaller.AGENT, TICKETS.get("T2"), "{\"action\": \"ACKNOWLEDGE\"}").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            // T1 is the test realm's engineer's: an engineer lists the tickets assigned to them only.
            Ticket.update("createdAt = ?1, assignedEngineer = ?2 where id = ?3", Instant.parse("2025-01-01T15:59:59Z"),
                    TestCaller.ENGINEER.username(), id("T1"));
            Ticket.update("createdAt = ?1, assignedEngineer = ?2 where id = ?3", Instant.parse("2025-01-01T16:00:00Z"),
                    ENGINEER, id("T2"));
        });
    }

    private static UUID id(String name) {
        return UUID.fromString(TICKETS.get(name));
    }

    /** The names of the tickets in the answer, in order. */
    private static List<String> names(Response response) {
        List<String> ids = response.path("items.id");
        List<String> names = new ArrayList<>();
        ids.forEach(id -> TICKETS.forEach((name, ticket) -> {
            if (ticket.equals(id)) {
                names.add(name);
            }
        }));
        return names;
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("", "T4 T3 T2 T1"),
                Arguments.of("status=NEW", "T4 T3 T1"),
                Arguments.of("status=ACKNOWLEDGED", "T2"),
                Arguments.of("status=ACKNOWLEDGED&status=NEW", "T4 T3 T2 T1"),
                Arguments.of("status=ACKNOWLEDGED,CANCELLED", "T2"),
                Arguments.of("status=CLOSED", ""),
                Arguments.of("faultLevel=MINOR", "T2"),
                Arguments.of("faultLevel=CRITICAL", "T1"),
                Arguments.of("kind=CONSULTATION", "T3"),
                Arguments.of("kind=FAULT", "T4 T2 T1"),
                Arguments.of("kind=INSPECTION", ""),
                Arguments.of("channel=FAX", "T4"),
                Arguments.of("channel=PORTAL", "T3"),
                Arguments.of("organisation=dealer-b", "T4"),
                Arguments.of("organisation=dealer-a", "T3 T2 T1"),
                Arguments.of("organisation=dealer-a/customer-a", "T3 T2 T1"),
                Arguments.of("organisation=dealer-c", ""),
                Arguments.of("engineer=" + ENGINEER, "T2"),
                Arguments.of("engineer=nobody", ""),
                Arguments.of("createdTo=2025-01-01", "T1"),
                Arguments.of("createdFrom=2025-01-02&createdTo=2025-01-02", "T2"),
                Arguments.of("createdFrom=2025-01-01&createdTo=2025-01-01", "T1"),
                Arguments.of("createdFrom=2025-01-02", "T4 T3 T2"),
                Arguments.of("faultLevel=MAJOR&organisation=dealer-a", ""),
                Arguments.of("status=NEW&kind=FAULT&organisation=dealer-a", "T1"));
    }

    @ParameterizedTest(name = "?{0} → {1}")
    @MethodSource("filters")
    void each_filter_narrows_the_list(String query, String expected) {
        Response response = given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/tickets?deviceSerial=" + SERIAL + (query.isEmpty() ? "" : "&" + query))
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .extract().response();

        List<String> names = names(response);
        assertThat(names)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")));
        response.then().body("total", equalTo(names.size()));
    }

    @Test
    void another_serial_finds_none_of_them() {
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/tickets?deviceSerial=" + SERIAL + "-OTHER")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of(TestCaller.CUSTOMER_A, "", "T3 T2 T1"),
                Arguments.of(TestCaller.CUSTOMER_B, "", "T4"),
                Arguments.of(TestCaller.PARTNER_A, "", "T3 T2 T1"),
                Arguments.of(TestCaller.PARTNER_B, "", "T4"),
                Arguments.of(TestCaller.AGENT, "", "T4 T3 T2 T1"),
                Arguments.of(TestCaller.ENGINEER, "", "T1"),
                Arguments.of(TestCaller.CUSTOMER_A, "&organisation=dealer-b", ""),
                Arguments.of(TestCaller.CUSTOMER_B, "&organisation=dealer-a/customer-a", ""),
                Arguments.of(TestCaller.PARTNER_A, "&organisation=dealer-b/customer-b", ""),
                Arguments.of(TestCaller.CUSTOMER_A, "&organisation=dealer-a", "T3 T2 T1"));
    }

    @ParameterizedTest(name = "{0}{1} → {2}")
    @MethodSource("callers")
    void each_caller_sees_only_the_tickets_of_their_organisations(TestCaller caller, String query, String expected) {
        Response response = given().auth().oauth2(caller.token())
                .when().get("/api/v1/tickets?deviceSerial=" + SERIAL + query)
                .then().statusCode(200).extract().response();

        assertThat(names(response))
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")));
    }

    @Test
    void a_customer_never_sees_another_customers_tickets_at_all() {
        given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .when().get("/api/v1/tickets?size=200")
                .then().statusCode(200)
                .body("items.customerOrganisation", everyItem(startsWith("dealer-b/customer-b")));
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/tickets?size=200")
                .then().statusCode(200)
                .body("items.customerOrganisation", everyItem(startsWith("dealer-a/")));
    }

    @Test
    void pages_go_newest_first_with_the_total() {
        String serial = TicketApi.uniqueSerial("SN-PAGE");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(0, TicketApi.register(TestCaller.AGENT, TicketApi.fault(serial)));
        }
        String list = "/api/v1/tickets?deviceSerial=" + serial + "&size=2&page=";

        given().auth().oauth2(TestCaller.AGENT.token()).when().get(list + 0).then().statusCode(200)
                .body("items.id", contains(ids.get(0), ids.get(1)))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(5));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get(list + 1).then().statusCode(200)
                .body("items.id", contains(ids.get(2), ids.get(3)));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get(list + 2).then().statusCode(200)
                .body("items.id", contains(ids.get(4))).body("total", equalTo(5));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get(list + 3).then().statusCode(200)
                .body("items", empty()).body("total", equalTo(5));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets?deviceSerial=" + serial)
                .then().statusCode(200).body("size", equalTo(20)).body("items", hasSize(5));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets?size=200")
                .then().statusCode(200).body("size", equalTo(200));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("status=OPEN", new String[] {"status"}),
                Arguments.of("status=NEW,OPEN", new String[] {"status"}),
                Arguments.of("faultLevel=URGENT", new String[] {"faultLevel"}),
                Arguments.of("kind=REPAIR", new String[] {"kind"}),
                Arguments.of("channel=PIGEON", new String[] {"channel"}),
                Arguments.of("organisation=Dealer A", new String[] {"organisation"}),
                Arguments.of("createdFrom=2025-13-01", new String[] {"createdFrom"}),
                Arguments.of("createdTo=yesterday", new String[] {"createdTo"}),
                Arguments.of("createdTo=%2B999999999-12-31", new String[] {"createdTo"}),
                Arguments.of("createdFrom=0001-01-01", new String[] {"createdFrom"}),
                Arguments.of("createdFrom=2025-02-01&createdTo=2025-01-31", new String[] {"createdTo"}),
                Arguments.of("page=-1", new String[] {"page"}),
                Arguments.of("page=first", new String[] {"page"}),
                Arguments.of("size=0", new String[] {"size"}),
                Arguments.of("size=201", new String[] {"size"}),
                Arguments.of("size=ten", new String[] {"size"}),
                Arguments.of("page=99999999999", new String[] {"page"}),
                Arguments.of("page=20000000&size=200", new String[] {"page"}),
                Arguments.of("faultLevel=URGENT&size=0&kind=x", new String[] {"faultLevel", "size", "kind"}));
    }

    @ParameterizedTest(name = "?{0}")
    @MethodSource("badQueries")
    void a_bad_query_parameter_is_400_naming_it(String query, String[] parameters) {
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/tickets?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(parameters));
    }

    @Test
    void without_a_token_the_answer_is_401() {
        given().when().get("/api/v1/tickets").then().statusCode(401).contentType("application/problem+json");
    }
}
