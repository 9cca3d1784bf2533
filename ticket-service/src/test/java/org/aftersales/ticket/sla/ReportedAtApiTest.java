package org.aftersales.ticket.sla;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.TicketApi.clocks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.intake.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 报修时间: a report logged after the fact starts its clocks when it was reported, within limits. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ReportedAtApiTest {

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"AGENT", "MANAGER"})
    void a_report_logged_later_starts_its_clocks_when_it_was_reported_and_shows_it(TestCaller caller) {
        Instant reportedAt = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);

        String id = given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body(body(serial(), reportedAt.toString()))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .body("reportedAt", equalTo(reportedAt.toString()))
                .extract().path("id");

        JsonPath clocks = clocks(id);
        assertThat(clocks.getList("clocks.startedAt", String.class)).isNotEmpty()
                .allSatisfy(started -> assertThat(Instant.parse(started)).isEqualTo(reportedAt));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/" + id)
                .then().statusCode(200).body("reportedAt", equalTo(reportedAt.toString()));
    }

    @Test
    void without_reportedAt_the_fault_was_reported_when_it_was_registered() {
        JsonPath ticket = given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body(body(serial(), null))
                .when().post("/api/v1/tickets")
                .then().statusCode(201).extract().jsonPath();

        assertThat(ticket.getString("reportedAt")).isEqualTo(ticket.getString("createdAt"));
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "PARTNER_A"})
    void customers_and_partners_may_not_say_when_they_reported(TestCaller caller) {
        String serial = serial();
        given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body(body(serial, Instant.now().minus(Duration.ofHours(1)).toString()))
                .when().post("/api/v1/tickets")
                .then().statusCode(403).contentType("application/problem+json");
        assertNothingStored(serial);
    }

    @Test
    void a_report_in_the_future_or_longer_ago_than_allowed_is_refused_naming_reportedAt() {
        String serial = serial();
        for (Instant reportedAt : new Instant[] {Instant.now().plus(Duration.ofMinutes(5)),
                Instant.now().minus(Duration.ofHours(72)).minus(Duration.ofMinutes(1))}) {
            given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                    .body(body(serial, reportedAt.toString()))
                    .when().post("/api/v1/tickets")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("reportedAt"));
        }
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(body(serial, "yesterday"))
                .when().post("/api/v1/tickets")
                .then().statusCode(400).contentType("application/problem+json");
        assertNothingStored(serial);
    }

    private static void assertNothingStored(String serial) {
        assertThat(QuarkusTransaction.requiringNew().call(() -> Ticket.count("deviceSerial", serial))).isZero();
    }

    private static String body(String serial, String reportedAt) {
        return """
                {"deviceSerial": "%s", "customerOrganisation": "dealer-a/customer-a", "description": "远程监控告警",
                 "faultLevel": "MAJOR", "channel": "REMOTE_MONITORING", %s
                 "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}"""
                .formatted(serial, reportedAt == null ? "" : "\"reportedAt\": \"" + reportedAt + "\",");
    }

    private static String serial() {
        return "SN-REPORTED-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
