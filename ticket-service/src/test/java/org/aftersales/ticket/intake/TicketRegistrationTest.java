package org.aftersales.ticket.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import io.quarkus.hibernate.orm.panache.Panache;
import org.aftersales.events.ticket.Channel;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class TicketRegistrationTest {

    static final String VALID = """
            {"deviceSerial": "SN-2024-000187",
             "customerOrganisation": "dealer-a/customer-a",
             "description": "监护仪黑屏，无法开机",
             "faultLevel": "CRITICAL",
             "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}""";

    @Test
    void a_customer_registers_a_ticket_and_reads_it_back() {
        Response created = given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/tickets/[0-9a-f-]{36}"))
                .body("customerOrganisation", equalTo("dealer-a/customer-a"))
                .body("deviceSerial", equalTo("SN-2024-000187"))
                .body("faultLevel", equalTo("CRITICAL"))
                .body("status", equalTo("NEW"))
                .body("contact.phone", equalTo("+86 138 0000 0000"))
                .body("createdBy", equalTo("customer-a"))
                .extract().response();

        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(created.path("id")))
                .body("description", equalTo("监护仪黑屏，无法开机"));
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "PARTNER_A", "AGENT", "MANAGER"})
    void customers_partners_agents_and_managers_may_register(TestCaller caller) {
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .body("createdBy", equalTo(caller.username()));
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"PARTS_CLERK", "ENGINEER", "QUALITY", "ADMIN"})
    void other_roles_may_not_register(TestCaller caller) {
        assertNothingStoredBy(() -> given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403)));
    }

    @Test
    void a_partner_may_not_register_for_another_partners_customer() {
        assertNothingStoredBy(() -> given().auth().oauth2(TestCaller.PARTNER_B.token())
                .contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("customerOrganisation")));
    }

    @Test
    void a_customer_may_not_register_for_another_organisation() {
        assertNothingStoredBy(() -> given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(403)
                .contentType("application/problem+json"));
    }

    @Test
    void without_a_token_the_answer_is_401() {
        assertNothingStoredBy(() -> given().contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401)));
    }

    @ParameterizedTest
    @MethodSource("untrustedTokens")
    void a_token_that_does_not_verify_is_401(String token) {
        given().auth().oauth2(token)
                .when().get("/api/v1/tickets/{id}", UUID.randomUUID())
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    static Stream<String> untrustedTokens() {
        return Stream.of("not-a-jwt", TestCaller.AGENT.tokenSignedByAnotherKey(), TestCaller.AGENT.expiredToken());
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"deviceSerial\": ", new String[] {"body"}),
                Arguments.of("not an object", "[1, 2]", new String[] {"body"}),
                Arguments.of("empty body", "", new String[] {"body"}),
                Arguments.of("missing serial", VALID.replace("\"deviceSerial\": \"SN-2024-000187\",", ""),
                        new String[] {"deviceSerial"}),
                Arguments.of("blank description", VALID.replace("监护仪黑屏，无法开机", "  "), new String[] {"description"}),
                Arguments.of("unknown fault level", VALID.replace("CRITICAL", "URGENT"), new String[] {"faultLevel"}),
                Arguments.of("fault level as a number", VALID.replace("\"CRITICAL\"", "1"), new String[] {"faultLevel"}),
                Arguments.of("serial as a number", VALID.replace("\"SN-2024-000187\"", "187"), new String[] {"deviceSerial"}),
                Arguments.of("bad phone", VALID.replace("+86 138 0000 0000", "call me"), new String[] {"contact.phone"}),
                Arguments.of("missing contact",
                        VALID.replace(",\n \"contact\": {\"name\": \"王工\", \"phone\": \"+86 138 0000 0000\"}", ""),
                        new String[] {"contact"}),
                Arguments.of("bad organisation", VALID.replace("dealer-a/customer-a", "Dealer A"),
                        new String[] {"customerOrganisation"}),
                Arguments.of("unknown field", VALID.replace("{\"deviceSerial\"", "{\"colour\": \"red\", \"deviceSerial\""),
                        new String[] {"colour"}),
                Arguments.of("client-set status", VALID.replace("{\"deviceSerial\"", "{\"status\": \"CLOSED\", \"deviceSerial\""),
                        new String[] {"status"}),
                Arguments.of("client-set tenant", VALID.replace("{\"deviceSerial\"", "{\"tenant\": \"dealer-b\", \"deviceSerial\""),
                        new String[] {"tenant"}),
                Arguments.of("client-set id", VALID.replace("{\"deviceSerial\"",
                        "{\"id\": \"0b6f2c1e-7d1a-4c1b-9f0e-2a3b4c5d6e7f\", \"deviceSerial\""), new String[] {"id"}),
                Arguments.of("client-set creation time", VALID.replace("{\"deviceSerial\"",
                        "{\"createdAt\": \"2020-01-01T00:00:00Z\", \"deviceSerial\""), new String[] {"createdAt"}),
                Arguments.of("a fault without fault level", VALID.replace("\"faultLevel\": \"CRITICAL\",", ""),
                        new String[] {"faultLevel"}),
                Arguments.of("a consultation with a fault level", withField("kind", "CONSULTATION"),
                        new String[] {"faultLevel"}),
                Arguments.of("a consultation with a fault type", CONSULTATION.replace("{\"deviceSerial\"",
                        "{\"faultType\": \"HARDWARE\", \"deviceSerial\""), new String[] {"faultType"}),
                Arguments.of("an inspection", withField("kind", "INSPECTION"), new String[] {"kind"}),
                Arguments.of("unknown kind", withField("kind", "REPAIR"), new String[] {"kind"}),
                Arguments.of("unknown channel", withField("channel", "PIGEON"), new String[] {"channel"}),
                Arguments.of("channel in lower case", withField("channel", "hotline"), new String[] {"channel"}),
                Arguments.of("unknown fault type", withField("faultType", "ELECTRICAL"), new String[] {"faultType"}),
                Arguments.of("department too long", VALID.replace("\"name\": \"王工\"",
                        "\"name\": \"王工\", \"department\": \"" + "科".repeat(101) + "\""),
                        new String[] {"contact.department"}),
                Arguments.of("site too long", VALID.replace("\"name\": \"王工\"",
                        "\"name\": \"王工\", \"site\": \"" + "楼".repeat(256) + "\""), new String[] {"contact.site"}),
                Arguments.of("unknown contact field", VALID.replace("\"name\": \"王工\"",
                        "\"name\": \"王工\", \"email\": \"w@example.cn\""), new String[] {"contact.email"}),
                Arguments.of("several bad fields", "{\"customerOrganisation\": \"dealer-a/customer-a\", \"faultLevel\": \"MINOR\","
                        + " \"contact\": {\"name\": \"\", \"phone\": \"123456\"}}",
                        new String[] {"deviceSerial", "description", "contact.name"}));
    }

    /** The valid body with one more field. */
    static String withField(String field, String value) {
        return VALID.replace("{\"deviceSerial\"", "{\"" + field + "\": \"" + value + "\", \"deviceSerial\"");
    }

    static Stream<Arguments> validBodies() {
        return Stream.of(
                Arguments.of("defaults: a fault from the portal", VALID, Map.of("kind", "FAULT", "channel", "PORTAL",
                        "faultLevel", "CRITICAL")),
                Arguments.of("no department, no site, no fault type", VALID, nulls("contact.department", "contact.site",
                        "faultType")),
                Arguments.of("a fault with its type known", withField("faultType", "SOFTWARE"),
                        Map.of("faultType", "SOFTWARE", "kind", "FAULT")),
                Arguments.of("an explicit fault", withField("kind", "FAULT"), Map.of("kind", "FAULT")),
                Arguments.of("a consultation (咨询) has no fault level", CONSULTATION,
                        Map.of("kind", "CONSULTATION", "channel", "HOTLINE")),
                Arguments.of("a consultation shows no fault level", CONSULTATION, nulls("faultLevel", "faultType")),
                Arguments.of("department and site, stripped", VALID.replace("\"name\": \"王工\"",
                        "\"name\": \"王工\", \"department\": \" 设备科 \", \"site\": \"三号楼 ICU 12 床 \""),
                        Map.of("contact.department", "设备科", "contact.site", "三号楼 ICU 12 床", "contact.name", "王工")),
                Arguments.of("a blank department is none", VALID.replace("\"name\": \"王工\"",
                        "\"name\": \"王工\", \"department\": \"  \""), nulls("contact.department")));
    }

    static final String CONSULTATION = VALID.replace("\"faultLevel\": \"CRITICAL\",",
            "\"kind\": \"CONSULTATION\", \"channel\": \"HOTLINE\",");

    private static Map<String, Object> nulls(String... paths) {
        Map<String, Object> expected = new HashMap<>();
        for (String path : paths) {
            expected.put(path, null);
        }
        return expected;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validBodies")
    void a_valid_body_is_registered_and_shows_its_intake_details(String name, String body,
            Map<String, Object> expected) {
        Response created = given().auth().oauth2(TestCaller.AGENT.token())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets")
                .then().statusCode(201).extract().response();
        Response read = given().auth().oauth2(TestCaller.AGENT.token())
                .when().get(created.header("Location"))
                .then().statusCode(200).extract().response();
        for (Response response : List.of(created, read)) {
            expected.forEach((path, value) -> response.then().body(path, value == null ? nullValue() : equalTo(value)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, mode = EnumSource.Mode.EXCLUDE, names = "WARRANTY")
    void every_channel_people_report_on_is_taken(Channel channel) {
        given().auth().oauth2(TestCaller.AGENT.token())
                .contentType(ContentType.JSON).body(withField("channel", channel.name()))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .body("channel", equalTo(channel.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void an_invalid_body_is_400_naming_the_fields_and_stores_nothing(String name, String body, String[] fields) {
        assertNothingStoredBy(() -> given().auth().oauth2(TestCaller.AGENT.token())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems(fields))
                .body(not(containsString("Exception")))
                .body(not(containsString("org.")))
                .body(not(containsString("com.fasterxml"))));
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        given().auth().oauth2(TestCaller.AGENT.token())
                .contentType(ContentType.XML).body("<ticket/>")
                .when().post("/api/v1/tickets")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void another_tenants_ticket_is_404_and_vendor_staff_and_the_partner_above_see_it() {
        String id = given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(201).extract().path("id");

        for (TestCaller stranger : new TestCaller[] {TestCaller.CUSTOMER_B, TestCaller.PARTNER_B}) {
            given().auth().oauth2(stranger.token())
                    .when().get("/api/v1/tickets/{id}", id)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body(not(containsString("dealer-a")));
        }
        for (TestCaller allowed : new TestCaller[] {TestCaller.PARTNER_A, TestCaller.AGENT, TestCaller.MANAGER}) {
            given().auth().oauth2(allowed.token())
                    .when().get("/api/v1/tickets/{id}", id)
                    .then().statusCode(200)
                    .body("id", equalTo(id));
        }
    }

    @Test
    void an_unknown_ticket_is_404() {
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/tickets/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"));
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/tickets/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Runs a refused request and checks that neither a ticket nor an event was stored. */
    private static void assertNothingStoredBy(Runnable refusedRequest) {
        long tickets = ticketCount();
        long events = outboxCount();
        refusedRequest.run();
        assertThat(ticketCount()).isEqualTo(tickets);
        assertThat(outboxCount()).isEqualTo(events);
    }

    private static long ticketCount() {
        return QuarkusTransaction.requiringNew().call(() -> Ticket.count());
    }

    private static long outboxCount() {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select count(e) from OutboxEvent e", Long.class)
                .getSingleResult());
    }
}
