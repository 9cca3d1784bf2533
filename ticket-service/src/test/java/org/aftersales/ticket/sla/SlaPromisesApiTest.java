package org.aftersales.ticket.sla;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.TicketApi.RESOLVE;
import static org.aftersales.ticket.TicketApi.act;
import static org.aftersales.ticket.TicketApi.classify;
import static org.aftersales.ticket.TicketApi.clocks;
import static org.aftersales.ticket.TicketApi.fault;
import static org.aftersales.ticket.TicketApi.register;
import static org.aftersales.ticket.TicketApi.ticket;
import static org.aftersales.ticket.TicketApi.with;
import static org.aftersales.ticket.sla.ContractedDevices.elapsed;
import static org.aftersales.ticket.sla.ContractedDevices.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.EventCodec;
import org.aftersales.events.contract.ContractActivated.ReportTerm;
import org.aftersales.events.contract.ContractActivated.SlaTerm;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.events.ticket.SlaBreachWithdrawn;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.sla.ContractedDevices.TestContract;
import org.junit.jupiter.api.Test;

/** The commitment's own choices reach the clocks: warning share, escalating targets, targets per fault type. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class SlaPromisesApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Test
    void the_clocks_warn_at_the_commitments_share_and_at_the_services_setting_without_one() {
        String own = new TestContract(List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1H"), null, null)))
                .warningAtPercent(50).device(json);
        String none = new TestContract(List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1H"), null, null)))
                .device(json);

        JsonPath half = clocks(register(own, "MAJOR"));
        JsonPath usual = clocks(register(none, "MAJOR"));

        assertThat(warningAfter(half)).isEqualTo(Duration.ofMinutes(30));
        assertThat(warningAfter(usual)).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void a_breach_of_a_report_clock_is_recorded_but_escalates_nothing_and_leaves_the_ticket_as_it_was() {
        String serial = new TestContract(List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1H"), null, null)))
                .reports(List.of(new ReportTerm("REPAIR_REPORT", "RESOLUTION", elapsed("PT1S")))).device(json);
        String id = register(serial, "MAJOR");
        act(id, "{\"action\": \"ACKNOWLEDGE\"}");
        act(id, "{\"action\": \"DIAGNOSE\"}");
        act(id, RESOLVE);
        long version = ticket(id).getLong("version");

        await().atMost(PATIENCE).until(() -> clocks(id).getList("breaches").size() == 1);

        assertThat(clocks(id).getString("breaches[0].target")).isEqualTo("REPAIR_REPORT");
        JsonPath after = ticket(id);
        assertThat(after.getLong("version")).isEqualTo(version);
        assertThat(after.getString("escalationLevel")).isEqualTo("ENGINEER");
        assertThat(escalations(id)).isEmpty();
    }

    @Test
    void the_commitment_chooses_which_breaches_escalate() {
        String serial = new TestContract(List.of(term(FaultLevel.MAJOR, "B", elapsed("PT1S"), null,
                elapsed("PT2S")))).escalatingClocks(List.of("RESOLUTION")).device(json);
        String id = register(serial, "MAJOR");

        await().atMost(PATIENCE).until(() -> clocks(id).getList("breaches").size() == 2);
        await().atMost(PATIENCE).until(() -> escalations(id).size() == 1);

        assertThat(escalations(id)).singleElement().satisfies(escalation -> assertThat(escalation.get("reason"))
                .asString().contains("RESOLUTION"));
    }

    @Test
    void a_software_fault_runs_on_its_own_resolution_target_and_classifying_the_type_recomputes_it() {
        SlaTerm seed002 = new SlaTerm(FaultLevel.MAJOR, "A", elapsed("PT30M"), elapsed("PT2H"), null, "REPORT",
                Map.of(FaultType.SOFTWARE, elapsed("PT48H")));
        String serial = new TestContract(List.of(seed002)).device(json);

        String known = register(TestCaller.AGENT, with(fault(serial), "faultType", "SOFTWARE"));
        assertThat(clocks(known).getString("clocks.find { it.target == 'RESOLUTION' }.targetTime")).isEqualTo("PT48H");

        String unknown = register(serial, "MAJOR");
        assertThat(clocks(unknown).getList("clocks.target")).containsExactly("RESPONSE", "ON_SITE");
        Instant reported = Instant.parse(ticket(unknown).getString("reportedAt"));

        classify(unknown, "MAJOR", "SOFTWARE");

        JsonPath software = clocks(unknown);
        assertThat(software.getList("clocks.target")).containsExactly("RESPONSE", "ON_SITE", "RESOLUTION");
        assertThat(software.getString("clocks.find { it.target == 'RESOLUTION' }.startedAt"))
                .isEqualTo(reported.toString());
        assertThat(Instant.parse(software.getString("clocks.find { it.target == 'RESOLUTION' }.deadline")))
                .isEqualTo(reported.plus(Duration.ofHours(48)));

        classify(unknown, "MAJOR", "HARDWARE");
        assertThat(clocks(unknown).getString("clocks.find { it.target == 'RESOLUTION' }.state"))
                .isEqualTo("STOPPED");
    }

    @Test
    void a_phone_fix_stops_the_on_site_clock_for_good_reopening_and_reclassifying_do_not_revive_it() {
        String serial = new TestContract(List.of(
                term(FaultLevel.MAJOR, "B", elapsed("PT1H"), elapsed("PT4H"), elapsed("PT24H")),
                term(FaultLevel.CRITICAL, "A", elapsed("PT1H"), elapsed("PT1S"), elapsed("PT24H")))).device(json);
        String id = register(serial, "MAJOR");
        act(id, "{\"action\": \"ACKNOWLEDGE\"}");
        act(id, "{\"action\": \"DIAGNOSE\"}");
        act(id, RESOLVE);
        act(id, "{\"action\": \"REOPEN\", \"reason\": \"又黑屏了\"}");

        classify(id, "CRITICAL", "HARDWARE");

        JsonPath clocks = clocks(id);
        assertThat(clocks.getString("clocks.find { it.target == 'ON_SITE' }.state")).isEqualTo("STOPPED");
        assertThat(clocks.getString("clocks.find { it.target == 'ON_SITE' }.targetTime")).isEqualTo("PT4H");
        assertThat(clocks.getString("clocks.find { it.target == 'RESOLUTION' }.state")).isEqualTo("RUNNING");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> clocks(id).getList("breaches").isEmpty() && escalations(id).isEmpty());
    }

    @Test
    void a_breach_whose_target_a_reclassification_withdrew_stays_on_record_marked_withdrawn() {
        String serial = new TestContract(List.of(
                term(FaultLevel.CRITICAL, "A", elapsed("PT1S"), null, null),
                term(FaultLevel.MINOR, "C", elapsed("PT2H"), null, null))).device(json);
        String id = register(serial, "CRITICAL");
        await().atMost(PATIENCE).until(() -> clocks(id).getList("breaches").size() == 1);

        classify(id, "MINOR", "OPERATION");

        JsonPath clocks = clocks(id);
        assertThat(clocks.getList("breaches")).hasSize(1);
        assertThat(clocks.getString("breaches[0].withdrawnAt")).isNotNull();
        assertThat(clocks.getString("breaches[0].withdrawnBy")).isEqualTo("agent");
        assertThat(clocks.getString("breaches[0].withdrawalReason"))
                .isEqualTo("fault level CRITICAL → MINOR, fault type null → OPERATION: RESPONSE now PT2H");
        assertThat(clocks.getString("clocks[0].state")).isEqualTo("RUNNING");

        var record = KAFKA.awaitRecords(TicketEvents.SLA_BREACH_WITHDRAWN.topic(), r -> id.equals(r.key())
                && r.value().contains(TicketEvents.SLA_BREACH_WITHDRAWN.type()), 1, PATIENCE).get(0);
        SlaBreachWithdrawn withdrawn = EventCodec.payload(EventCodec.decode(record.value()),
                TicketEvents.SLA_BREACH_WITHDRAWN);
        assertThat(withdrawn.target()).isEqualTo("RESPONSE");
        assertThat(withdrawn.withdrawnBy()).isEqualTo("agent");

        String today = LocalDate.now(ServiceCalendar.DEFAULT_ZONE).toString();
        JsonPath report = given().auth().oauth2(TestCaller.MANAGER.token())
                .queryParam("from", today).queryParam("to", today)
                .queryParam("contractId", clocks.getString("terms.contractId"))
                .when().get("/api/v1/compliance-reports")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("targets.find { it.target == 'RESPONSE' }.withdrawnBreaches")).isEqualTo(1);
        assertThat(report.getInt("targets.find { it.target == 'RESPONSE' }.breached")).isZero();
        assertThat(report.getInt("targets.find { it.target == 'RESPONSE' }.open")).isEqualTo(1);
    }

    private static Duration warningAfter(JsonPath clocks) {
        return Duration.between(Instant.parse(clocks.getString("clocks[0].startedAt")),
                Instant.parse(clocks.getString("clocks[0].warningAt")));
    }

    private static List<Map<String, Object>> escalations(String id) {
        return given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/escalations", id)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }
}
