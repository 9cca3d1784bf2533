package org.aftersales.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The suite through the gateway, with tokens from the real Keycloak. */
@ExtendWith(LocalStack.class)
class GatewayEndToEndTest {

    static final String SERVICES = "ticket-service warranty-service parts-service complaint-service notification-service";

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    static String newTicket(String serial) {
        return """
                {"deviceSerial": "%s", "customerOrganisation": "dealer-a/customer-a",
                 "description": "监护仪黑屏，无法开机", "faultLevel": "CRITICAL",
                 "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}""".formatted(serial);
    }

    @Test
    void a_ticket_of_customer_a_notifies_customer_a_within_seconds_and_customer_b_sees_neither() {
        String id = given().auth().oauth2(DemoUser.CUSTOMER_A.token())
                .contentType(ContentType.JSON).body(newTicket("SN-E2E-" + UUID.randomUUID()))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/tickets/" + "[0-9a-f-]{36}"))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(20)).until(() -> notificationSubjects(DemoUser.CUSTOMER_A).contains(id));
        assertThat(notificationSubjects(DemoUser.PARTNER_A)).contains(id);
        assertThat(notificationSubjects(DemoUser.CUSTOMER_B)).doesNotContain(id);
        assertThat(notificationSubjects(DemoUser.PARTNER_B)).doesNotContain(id);
        for (DemoUser stranger : List.of(DemoUser.CUSTOMER_B, DemoUser.PARTNER_B)) {
            given().auth().oauth2(stranger.token())
                    .when().get("/api/v1/tickets/{id}", id)
                    .then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(DemoUser.PARTNER_A.token())
                .when().get("/api/v1/tickets/{id}", id)
                .then().statusCode(200)
                .body("customerOrganisation", equalTo("dealer-a/customer-a"));
    }

    @Test
    void without_a_token_the_answer_is_401() {
        given().contentType(ContentType.JSON).body(newTicket("SN-E2E-401"))
                .when().post("/api/v1/tickets")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().when().get("/api/v1/notifications")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void a_role_that_may_not_register_tickets_gets_403() {
        given().auth().oauth2(DemoUser.PARTS.token())
                .contentType(ContentType.JSON).body(newTicket("SN-E2E-403"))
                .when().post("/api/v1/tickets")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void the_request_id_is_passed_through_or_generated_and_always_returned() {
        given().auth().oauth2(DemoUser.AGENT.token()).header("X-Request-Id", "e2e-request-42")
                .when().get("/api/v1/tickets/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Request-Id", "e2e-request-42");
        given().auth().oauth2(DemoUser.AGENT.token())
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void a_body_over_one_mebibyte_is_413() {
        String twoMebibytes = "{\"description\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().auth().oauth2(DemoUser.AGENT.token())
                .contentType(ContentType.JSON).body(twoMebibytes)
                .when().post("/api/v1/tickets")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a URI of 20 KiB                  | uri    | 414
            a header of 20 KiB               | header | 431
            a service's limit (a 12 KiB URI) | direct | 414
            """)
    void the_http_layers_limits_answer_problem_documents(String name, String what, int status) {
        var request = given().auth().oauth2(DemoUser.AGENT.token());
        String path = "/api/v1/tickets";
        switch (what) {
            case "uri" -> path += "?q=" + "x".repeat(20 * 1024);
            case "header" -> request.header("X-Padding", "p".repeat(20 * 1024));
            default -> {
                request.baseUri("http://localhost:8081"); // ticket-service itself, behind the gateway's 16 KiB
                path += "?q=" + "x".repeat(12 * 1024);
            }
        }
        request.when().get(path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
    }

    @Test
    void a_burst_from_one_client_is_answered_429_with_retry_after() {
        String token = DemoUser.QUALITY.freshToken();
        HttpClient http = HttpClient.newHttpClient();
        List<HttpResponse<String>> responses = IntStream.range(0, 600)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + "/api/v1/notifications?size=1"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).toList();

        List<HttpResponse<String>> limited = responses.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(limited).isNotEmpty();
        assertThat(limited).allSatisfy(r -> {
            assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        });
        assertThat(responses).anyMatch(r -> r.statusCode() == 200);
        // The limit is the caller's (its verified token subject), not the address's: another user is served.
        given().auth().oauth2(DemoUser.PARTNER_B.token())
                .when().get("/api/v1/notifications?size=1")
                .then().statusCode(200);
    }

    @Test
    void docs_serve_one_swagger_ui_listing_the_five_services() {
        given().when().get("/docs").then().statusCode(200).contentType(ContentType.HTML);
        String initializer = given().when().get("/docs/swagger-initializer.js").then().statusCode(200)
                .extract().asString();
        for (String service : SERVICES.split(" ")) {
            assertThat(initializer).contains("\"" + service + "\"");
            given().when().get("/docs/openapi/{service}", service)
                    .then().statusCode(200)
                    .body("info.title", equalTo(service))
                    .body("openapi", matchesPattern("3\\..*"));
        }
    }

    @Test
    void ten_thousand_devices_import_as_one_csv_through_the_gateway_and_only_their_owners_see_them() {
        String prefix = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(
                "serialNumber,model,brand,lotNumber,quantity,customerOrganisation,site,invoiceDate,deliveryDate,acceptanceDate\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(prefix).append('-').append(i)
                    .append(",PM-8000,迈瑞,L2024-07,1,dealer-a/customer-a,住院部 3F ICU,2024-06-28,2024-07-02,2024-07-10\n");
        }
        assertThat(csv.toString().getBytes(StandardCharsets.UTF_8).length).as("larger than the general body limit")
                .isGreaterThan(1024 * 1024);

        given().auth().oauth2(DemoUser.MANAGER.token()).contentType("text/csv; charset=UTF-8").body(csv.toString())
                .when().post("/api/v1/devices/import")
                .then().statusCode(200)
                .body("imported", equalTo(10_000));

        given().auth().oauth2(DemoUser.CUSTOMER_A.token())
                .when().get("/api/v1/devices?serialNumber={serial}", prefix + "-9999")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(DemoUser.CUSTOMER_B.token())
                .when().get("/api/v1/devices?serialNumber={serial}", prefix + "-9999")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_ticket_runs_its_clocks_through_dispatch_and_field_work_and_its_repair_becomes_the_devices_history() {
        String serial = "SN-E2E-REPAIR-" + UUID.randomUUID().toString().substring(0, 8);
        String device = given().auth().oauth2(DemoUser.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a"}""".formatted(serial))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DemoUser.MANAGER.token()).contentType(ContentType.JSON)
                .body("""
                        {"name": "张工", "phone": "+86 139 0000 0000", "level": "ENGINEER", "skills": ["PM-8000"],
                         "region": "cn/beijing", "duty": {"weeklyHours": [{"days": ["MONDAY", "TUESDAY", "WEDNESDAY",
                         "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"], "from": "00:00", "to": "00:00"}]}}""")
                .when().put("/api/v1/engineers/{username}", "engineer").then().statusCode(anyOf(is(200), is(201)));
        String ticket = given().auth().oauth2(DemoUser.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body(newTicket(serial))
                .when().post("/api/v1/tickets").then().statusCode(201).extract().path("id");

        act(DemoUser.AGENT, ticket, "{\"action\": \"ACKNOWLEDGE\"}");
        given().auth().oauth2(DemoUser.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"engineer": "engineer",
                         "appointment": {"from": "2026-11-23T01:00:00Z", "to": "2026-11-23T03:00:00Z"}}""")
                .when().post("/api/v1/tickets/{id}/assignment", ticket).then().statusCode(200);
        given().auth().oauth2(DemoUser.ENGINEER.token()).contentType(ContentType.JSON)
                .body("{\"latitude\": 39.98, \"longitude\": 116.31}")
                .when().post("/api/v1/tickets/{id}/check-ins", ticket).then().statusCode(201);
        act(DemoUser.ENGINEER, ticket, "{\"action\": \"RESOLVE\", \"resolution\": {\"component\": "
                + "\"power-supply\", \"faultCode\": \"NO-POWER\", \"partsUsed\": [\"PSU-220V-01\"], "
                + "\"faultGone\": false, \"stoppedWork\": true}}");

        given().auth().oauth2(DemoUser.CUSTOMER_A.token())
                .when().get("/api/v1/tickets/{id}/clocks", ticket)
                .then().statusCode(200)
                .body("terms.source", equalTo("DEFAULT"))
                .body("clocks.find { it.target == 'RESPONSE' }.state", equalTo("MET"))
                .body("clocks.find { it.target == 'ON_SITE' }.state", equalTo("MET"))
                .body("clocks.find { it.target == 'RESOLUTION' }.state", equalTo("MET"))
                .body("clocks.find { it.target == 'REPAIR_REPORT' }.state", equalTo("RUNNING"));
        given().auth().oauth2(DemoUser.CUSTOMER_B.token())
                .when().get("/api/v1/tickets/{id}/clocks", ticket).then().statusCode(404);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(DemoUser.CUSTOMER_A.token())
                .when().get("/api/v1/devices/{id}/history", device)
                .then().statusCode(200).extract().jsonPath().getList("repairs.ticketId").contains(ticket));
        given().auth().oauth2(DemoUser.PARTNER_A.token())
                .when().get("/api/v1/devices/{id}/history", device)
                .then().statusCode(200)
                .body("counts[0].faultCode", equalTo("NO-POWER"))
                .body("counts[0].unresolvedOutages", equalTo(1));
        given().auth().oauth2(DemoUser.MANAGER.token())
                .queryParam("from", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .queryParam("to", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .when().get("/api/v1/compliance-reports")
                .then().statusCode(200).body("targets.find { it.target == 'RESPONSE' }.met", greaterThanOrEqualTo(1));
    }

    static void act(DemoUser actor, String ticket, String body) {
        given().auth().oauth2(actor.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets/{id}/transitions", ticket)
                .then().statusCode(200);
    }

    static List<String> notificationSubjects(DemoUser user) {
        return given().auth().oauth2(user.token())
                .when().get("/api/v1/notifications?size=200")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.subject", String.class);
    }
}
