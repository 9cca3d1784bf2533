package org.aftersales.ticket.sla;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.TicketApi.act;
import static org.aftersales.ticket.TicketApi.clocks;
import static org.aftersales.ticket.TicketApi.register;
import static org.aftersales.ticket.sla.ContractedDevices.elapsed;
import static org.aftersales.ticket.sla.ContractedDevices.term;
import static org.aftersales.ticket.sla.ContractedDevices.underContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.EventCodec;
import org.aftersales.events.contract.ContractActivated.PenaltyTerm;
import org.aftersales.events.contract.ContractActivated.ReportTerm;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.SlaAlert;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Tickets run their contract's SLA clocks: start, meet, pause, breach, stop, and the compliance report. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class SlaClocksApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Test
    void a_device_without_contract_runs_on_the_default_policy_in_service_hours() {
        String id = register("SN-NO-CONTRACT-" + System.nanoTime(), "CRITICAL");

        JsonPath clocks = clocks(id);

        assertThat(clocks.getString("terms.source")).isEqualTo("DEFAULT");
        assertThat(clocks.getString("terms.coverage")).isEqualTo("WORKING_HOURS");
        assertThat(clocks.getString("terms.serviceLevel")).isEqualTo("DEFAULT-1");
        assertThat(clocks.getList("clocks.target")).containsExactly("RESPONSE", "ON_SITE", "RESOLUTION");
        assertThat(clocks.getList("clocks.targetTime")).containsExactly("PT30M", "PT4H", "PT8H");
    }

    @Test
    void the_contract_sets_the_targets_and_acknowledging_meets_the_response() {
        String serial = underContract(json, List.of(term(FaultLevel.CRITICAL, "A", elapsed("PT10M"),
                elapsed("PT2H"), elapsed("PT8H"))), List.of("WAITING_FOR_CUSTOMER"), List.of(), List.of());
        String id = register(serial, "CRITICAL");

        JsonPath before = clocks(id);
        assertThat(before.getString("terms.source")).isEqualTo("CONTRACT");
        assertThat(before.getString("terms.serviceLevel")).isEqualTo("A");
        assertThat(before.getString("terms.contractNumber")).isEqualTo("HT-" + serial);
        assertThat(before.getList("clocks.state")).containsOnly("RUNNING");
        Instant registered = Instant.parse(before.getString("clocks[0].startedAt"));
        assertThat(Instant.parse(before.getString("clocks[0].deadline"))).isEqualTo(registered.plus(Duration.ofMinutes(10)));

        act(id, "{\"action\": \"ACKNOWLEDGE\"}");

        JsonPath after = clocks(id);
        assertThat(after.getString("clocks[0].target")).isEqualTo("RESPONSE");
        assertThat(after.getString("clocks[0].state")).isEqualTo("MET");
        assertThat(after.getString("clocks[0].metAt")).isNotNull();
        assertThat(after.getString("clocks[1].state")).isEqualTo("RUNNING");
    }

    @Test
    void waiting_for_the_customer_pauses_and_waiting_for_parts_pauses_only_where_the_contract_says_so() {
        String customerOnly = underContract(json, List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1H"),
                elapsed("PT4H"), elapsed("PT24H"))), List.of("WAITING_FOR_CUSTOMER"), List.of(), List.of());
        String id = dispatchedAndDiagnosing(customerOnly);

        act(id, "{\"action\": \"WAIT\", \"reason\": \"等待备件\", \"waitingFor\": \"PARTS\"}");
        assertThat(clocks(id).getList("clocks.state")).doesNotContain("PAUSED");
        act(id, "{\"action\": \"RESUME\"}");

        act(id, "{\"action\": \"WAIT\", \"reason\": \"客户不在现场\", \"waitingFor\": \"CUSTOMER\"}");
        JsonPath paused = clocks(id);
        assertThat(paused.getString("clocks.find { it.target == 'RESOLUTION' }.state")).isEqualTo("PAUSED");
        assertThat(paused.getString("clocks.find { it.target == 'RESPONSE' }.state")).isEqualTo("MET");

        act(id, "{\"action\": \"RESUME\"}");
        JsonPath resumed = clocks(id);
        assertThat(resumed.getString("clocks.find { it.target == 'RESOLUTION' }.state")).isEqualTo("RUNNING");
        assertThat(Duration.parse(resumed.getString("clocks.find { it.target == 'RESOLUTION' }.paused")))
                .isPositive();
    }

    @Test
    void a_missed_deadline_fires_a_warning_then_a_breach_stored_with_the_contracts_consequence() {
        String serial = underContract(json, List.of(term(FaultLevel.CRITICAL, "A", elapsed("PT8S"), null, null)),
                List.of(), List.of(), List.of(new PenaltyTerm("LATE_RESPONSE", "PERCENT_OF_CONTRACT_PRICE",
                        new BigDecimal("1.0"))));
        String id = register(serial, "CRITICAL");

        await().atMost(PATIENCE).until(() -> clocks(id).getList("breaches").size() == 1);

        JsonPath clocks = clocks(id);
        assertThat(clocks.getString("clocks[0].state")).isEqualTo("BREACHED");
        assertThat(clocks.getString("breaches[0].target")).isEqualTo("RESPONSE");
        assertThat(clocks.getString("breaches[0].consequence")).isEqualTo("PERCENT_OF_CONTRACT_PRICE 1%");
        assertThat(clocks.getString("breaches[0].commitment")).contains("HT-" + serial).contains("RESPONSE PT8S");
        assertThat(clocks.getString("breaches[0].actualAt")).isNull();
        Instant promised = Instant.parse(clocks.getString("breaches[0].promisedAt"));
        Instant breached = Instant.parse(clocks.getString("breaches[0].breachedAt"));
        assertThat(Duration.between(promised, breached)).isBetween(Duration.ZERO, Duration.ofSeconds(2));

        List<ConsumerRecord<String, String>> alerts = KAFKA.awaitRecords(TicketEvents.SLA_WARNING.topic(),
                r -> id.equals(r.key()) && r.value().contains("\"aftersales.ticket.sla-"), 2, PATIENCE);
        assertThat(alerts).extracting(r -> EventCodec.decode(r.value()).type())
                .containsExactly("aftersales.ticket.sla-warning.v1", "aftersales.ticket.sla-breached.v1");
        SlaAlert breach = EventCodec.payload(EventCodec.decode(alerts.get(1).value()), TicketEvents.SLA_BREACHED);
        assertThat(breach.target()).isEqualTo("RESPONSE");
        assertThat(breach.serviceLevel()).isEqualTo("A");
        assertThat(breach.consequence()).isEqualTo("PERCENT_OF_CONTRACT_PRICE 1%");

        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/" + id + "/escalations")
                .then().statusCode(200).body("trigger", contains("BREACH")).body("escalatedBy", contains("sla-clock"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("slaState", "BREACHED")
                .queryParam("deviceSerial", serial).when().get("/api/v1/tickets")
                .then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("slaState", "RUNNING")
                .queryParam("deviceSerial", serial).when().get("/api/v1/tickets")
                .then().statusCode(200).body("items", hasSize(0));

        act(id, "{\"action\": \"ACKNOWLEDGE\"}");
        JsonPath late = clocks(id);
        assertThat(late.getString("clocks[0].state")).isEqualTo("MET_LATE");
        assertThat(late.getString("breaches[0].actualAt")).isEqualTo(late.getString("clocks[0].metAt"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("slaState", "MET_LATE")
                .queryParam("deviceSerial", serial).when().get("/api/v1/tickets")
                .then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void cancelling_stops_the_clocks_so_they_never_breach() {
        String serial = underContract(json, List.of(term(FaultLevel.CRITICAL, "A", elapsed("PT3S"), null, null)),
                List.of(), List.of(), List.of());
        String id = register(serial, "CRITICAL");

        act(id, "{\"action\": \"CANCEL\", \"reason\": \"客户已自行解决\"}");

        assertThat(clocks(id).getList("clocks.state")).containsOnly("STOPPED");
        assertThat(SlaTimerQueries.pendingTimers(id)).isZero();
    }

    @Test
    void resolving_starts_the_repair_report_clock_the_report_meets_it_and_reopening_restarts_the_resolution() {
        String serial = underContract(json, List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1H"), null,
                        elapsed("PT24H"))), List.of(),
                List.of(new ReportTerm("REPAIR_REPORT", "RESOLUTION", elapsed("PT3H")),
                        new ReportTerm("FAULT_ANALYSIS", "RESOLUTION", null)), List.of());
        String id = register(serial, "MAJOR");
        act(id, "{\"action\": \"ACKNOWLEDGE\"}");
        act(id, "{\"action\": \"DIAGNOSE\"}");
        act(id, """
                {"action": "RESOLVE", "resolution": {"faultCode": "NO-POWER", "faultGone": true}}""");

        JsonPath resolved = clocks(id);
        assertThat(resolved.getList("clocks.target")).containsExactly("RESPONSE", "RESOLUTION", "REPAIR_REPORT");
        assertThat(resolved.getString("clocks.find { it.target == 'RESOLUTION' }.state")).isEqualTo("MET");
        assertThat(resolved.getString("clocks.find { it.target == 'REPAIR_REPORT' }.targetTime")).isEqualTo("PT3H");

        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"cause": "电源模块老化", "measures": "更换电源模块", "restoredAt": "%s"}"""
                        .formatted(resolved.getString("clocks.find { it.target == 'RESOLUTION' }.metAt")))
                .when().put("/api/v1/tickets/" + id + "/repair-report").then().statusCode(201);
        assertThat(clocks(id).getString("clocks.find { it.target == 'REPAIR_REPORT' }.state")).isEqualTo("MET");

        act(id, "{\"action\": \"REOPEN\", \"reason\": \"又黑屏了\"}");

        JsonPath reopened = clocks(id);
        assertThat(reopened.getString("clocks.find { it.target == 'RESOLUTION' }.state")).isEqualTo("RUNNING");
        assertThat(reopened.getString("clocks.find { it.target == 'RESOLUTION' }.metAt")).isNull();
    }

    @Test
    void a_fault_level_change_recomputes_the_targets_from_the_original_start() {
        String serial = underContract(json, List.of(
                term(FaultLevel.CRITICAL, "A", elapsed("PT10M"), elapsed("PT2H"), null),
                term(FaultLevel.MINOR, "C", elapsed("PT2H"), null, null)), List.of(), List.of(), List.of());
        String id = register(serial, "MINOR");
        JsonPath minor = clocks(id);
        assertThat(minor.getList("clocks.target")).containsExactly("RESPONSE");
        Instant registered = Instant.parse(minor.getString("clocks[0].startedAt"));

        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("{\"faultLevel\": \"CRITICAL\", \"faultType\": \"HARDWARE\"}")
                .when().post("/api/v1/tickets/" + id + "/classification").then().statusCode(200);

        JsonPath critical = clocks(id);
        assertThat(critical.getString("terms.serviceLevel")).isEqualTo("A");
        assertThat(critical.getList("clocks.target")).containsExactly("RESPONSE", "ON_SITE");
        assertThat(critical.getList("clocks.targetTime")).containsExactly("PT10M", "PT2H");
        assertThat(critical.getList("clocks.startedAt")).containsOnly(registered.toString());
        assertThat(Instant.parse(critical.getString("clocks[0].deadline")))
                .isEqualTo(registered.plus(Duration.ofMinutes(10)));
    }

    @Test
    void tickets_are_listed_by_the_state_of_their_clocks() {
        String serial = underContract(json, List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1H"), elapsed("PT4H"),
                null)), List.of("WAITING_FOR_CUSTOMER"), List.of(), List.of());
        String running = register(serial, "MAJOR");
        String paused = dispatchedAndDiagnosing(serial);
        act(paused, "{\"action\": \"WAIT\", \"reason\": \"客户不在\", \"waitingFor\": \"CUSTOMER\"}");

        for (String[] expected : new String[][] {{"RUNNING", running}, {"PAUSED", paused}, {"MET", paused}}) {
            given().auth().oauth2(TestCaller.AGENT.token()).queryParam("slaState", expected[0])
                    .queryParam("deviceSerial", serial).when().get("/api/v1/tickets")
                    .then().statusCode(200).body("items.id", contains(expected[1]));
        }
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("slaState", "LATE")
                .when().get("/api/v1/tickets")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("slaState"));
    }

    @Test
    void a_fix_by_phone_stops_the_on_site_clock() {
        String id = dispatchedAndDiagnosing("SN-PHONE-FIX-" + System.nanoTime());

        act(id, """
                {"action": "RESOLVE", "resolution": {"faultCode": "CONFIG", "faultGone": true}}""");

        JsonPath clocks = clocks(id);
        assertThat(clocks.getString("clocks.find { it.target == 'ON_SITE' }.state")).isEqualTo("STOPPED");
        assertThat(clocks.getString("clocks.find { it.target == 'RESOLUTION' }.state")).isEqualTo("MET");
    }

    @Test
    void concurrent_actions_on_one_ticket_answer_one_success_and_conflicts_never_a_server_error() throws Exception {
        String id = register("SN-RACE-" + System.nanoTime(), "MAJOR");
        ExecutorService agents = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> tries = Collections.nCopies(6, () -> given()
                    .auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                    .body("{\"action\": \"ACKNOWLEDGE\"}")
                    .when().post("/api/v1/tickets/" + id + "/transitions").statusCode());
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : agents.invokeAll(tries)) {
                answers.add(answer.get());
            }
            assertThat(answers).containsOnly(200, 409).containsOnlyOnce(200);
        } finally {
            agents.shutdown();
        }
        assertThat(clocks(id).getString("clocks.find { it.target == 'RESPONSE' }.state")).isEqualTo("MET");
    }

    @Test
    void wait_needs_what_the_ticket_waits_for() {
        String id = dispatchedAndDiagnosing("SN-WAIT-" + System.nanoTime());

        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("{\"action\": \"WAIT\", \"reason\": \"等待\"}")
                .when().post("/api/v1/tickets/" + id + "/transitions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("waitingFor"));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("{\"action\": \"WAIT\", \"reason\": \"等待\", \"waitingFor\": \"GODOT\"}")
                .when().post("/api/v1/tickets/" + id + "/transitions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void clocks_of_another_tenants_ticket_are_not_found() {
        String id = register("SN-TENANT-" + System.nanoTime(), "MINOR");

        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/tickets/" + id + "/clocks")
                .then().statusCode(200).body("clocks", hasSize(2)).body("clocks[0].target", equalTo("RESPONSE"));
        given().when().get("/api/v1/tickets/" + id + "/clocks").then().statusCode(401);
    }

    @Test
    void the_compliance_report_counts_met_late_breached_and_open_targets_per_contract() {
        String serial = underContract(json, List.of(term(FaultLevel.CRITICAL, "A", elapsed("PT1S"), elapsed("PT1H"),
                null)), List.of(), List.of(), List.of());
        String late = register(serial, "CRITICAL");
        register(serial, "CRITICAL");
        await().atMost(PATIENCE).until(() -> clocks(late).getList("breaches").size() == 1);
        act(late, "{\"action\": \"ACKNOWLEDGE\"}");
        String contractId = clocks(late).getString("terms.contractId");
        String today = LocalDate.now(ServiceCalendar.DEFAULT_ZONE).toString();

        JsonPath report = given().auth().oauth2(TestCaller.MANAGER.token())
                .queryParam("from", today).queryParam("to", today).queryParam("contractId", contractId)
                .when().get("/api/v1/compliance-reports")
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("targets.find { it.target == 'RESPONSE' }.metLate")).isEqualTo(1);
        assertThat(report.getInt("targets.find { it.target == 'RESPONSE' }.breached")).isEqualTo(1);
        assertThat(report.getInt("targets.find { it.target == 'RESPONSE' }.met")).isZero();
        assertThat(report.getString("targets.find { it.target == 'RESPONSE' }.compliance")).isEqualTo("0.0");
        assertThat(report.getInt("targets.find { it.target == 'ON_SITE' }.open")).isEqualTo(2);
        assertThat(report.getString("targets.find { it.target == 'ON_SITE' }.compliance")).isNull();
    }

    @Test
    void the_compliance_report_refuses_a_bad_period_and_is_for_managers_and_partners() {
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("from", "2026-11-30").queryParam("to", "2026-11-01")
                .when().get("/api/v1/compliance-reports")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("to"));
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("from", "2026-02-30").queryParam("to", "2026-03-01")
                .when().get("/api/v1/compliance-reports")
                .then().statusCode(400).body("errors.field", contains("from"));
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .queryParam("contractId", "000000000000000000000000000000000000")
                .when().get("/api/v1/compliance-reports")
                .then().statusCode(400).body("errors[0].field", containsString("contractId"));
        given().auth().oauth2(TestCaller.MANAGER.token()).queryParam("to", "2026-03-01")
                .when().get("/api/v1/compliance-reports")
                .then().statusCode(400).body("errors[0].field", notNullValue());
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get("/api/v1/compliance-reports").then().statusCode(403);
        given().auth().oauth2(TestCaller.PARTNER_B.token()).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .queryParam("organisation", "dealer-a")
                .when().get("/api/v1/compliance-reports")
                .then().statusCode(200).body("targets.find { it.target == 'RESPONSE' }.open", equalTo(0))
                .body("targets.find { it.target == 'RESPONSE' }.compliance", nullValue());
    }

    private String dispatchedAndDiagnosing(String serial) {
        String id = register(serial, "MAJOR");
        act(id, "{\"action\": \"ACKNOWLEDGE\"}");
        act(id, "{\"action\": \"DIAGNOSE\"}");
        return id;
    }
}
