package org.aftersales.ticket.sla;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.sla.ContractedDevices.elapsed;
import static org.aftersales.ticket.sla.ContractedDevices.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.TicketApi;
import org.aftersales.ticket.sla.ContractedDevices.TestContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9's one clock: ticket-service asks the injected {@link Clock} (platform's {@code TimeSource}) for the time, so a
 * test that sets it to a day half a year before today's sees registration, {@code reportedAt}'s bounds, the compliance
 * report's period and the firing of breach timers all follow it.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class SetClockApiTest {

    /** 2026-06-01 10:00 in Asia/Shanghai: months before the real clock of any run of this test. */
    static final Instant SET = Instant.parse("2026-06-01T02:00:00Z");

    @Inject
    ObjectMapper json;

    @BeforeEach
    void setClock() {
        set(SET);
    }

    @ParameterizedTest(name = "reportedAt {0} against the set clock: {1}")
    @CsvSource({
            "PT0S, 201",
            "PT71H59M, 201",
            "PT72H, 201",
            "PT72H1M, 400",
            "-PT1M, 400",
            "-PT24H, 400"})
    void reportedAt_is_bounded_by_the_set_clock_never_in_the_future_at_most_72_hours_back(Duration back,
            int status) {
        Instant reportedAt = SET.minus(back);
        var answer = given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body(TicketApi.with(TicketApi.fault(TicketApi.uniqueSerial("SN-CLOCK")), "reportedAt",
                        reportedAt.toString()))
                .when().post("/api/v1/tickets")
                .then().statusCode(status);
        if (status == 201) {
            answer.body("reportedAt", equalTo(reportedAt.toString())).body("createdAt", equalTo(SET.toString()));
        } else {
            answer.contentType("application/problem+json").body("errors.field", contains("reportedAt"));
        }
    }

    @Test
    void the_compliance_report_counts_the_set_days_clocks_as_of_the_set_clock_and_timers_fire_on_it() {
        String serial = new TestContract(List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1H"), elapsed("PT4H"),
                elapsed("PT24H")))).device(json);
        String ticket = TicketApi.register(serial, "MAJOR");
        String contractId = TicketApi.ticket(ticket).getString("contractId");
        assertThat(TicketApi.clocks(ticket).getString("clocks.find { it.target == 'RESPONSE' }.startedAt"))
                .isEqualTo(SET.toString());

        JsonPath within = report("2026-06-01", contractId);
        assertThat(within.getString("asOf")).isEqualTo(SET.toString());
        assertThat(within.getInt("targets.find { it.target == 'RESPONSE' }.open")).isEqualTo(1);
        assertThat(report("2026-05-31", contractId).getInt("targets.find { it.target == 'RESPONSE' }.open"))
                .isZero();

        Instant later = SET.plus(Duration.ofHours(2));
        set(later);
        await().atMost(Duration.ofSeconds(20)).until(() -> !TicketApi.clocks(ticket).getList("breaches").isEmpty());
        JsonPath after = report("2026-06-01", contractId);
        assertThat(after.getString("asOf")).isEqualTo(later.toString());
        assertThat(after.getInt("targets.find { it.target == 'RESPONSE' }.breached")).isEqualTo(1);
        assertThat(after.getInt("targets.find { it.target == 'RESPONSE' }.open")).isZero();
    }

    private static JsonPath report(String day, String contractId) {
        return given().auth().oauth2(TestCaller.MANAGER.token())
                .queryParam("from", day).queryParam("to", day).queryParam("contractId", contractId)
                .when().get("/api/v1/compliance-reports")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void set(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }
}
