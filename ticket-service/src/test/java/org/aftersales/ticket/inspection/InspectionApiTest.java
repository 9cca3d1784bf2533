package org.aftersales.ticket.inspection;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.inspection.InspectionFixtures.CUSTOMER_A;
import static org.aftersales.ticket.inspection.InspectionFixtures.serial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.EventCodec;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.ticket.InspectionDone;
import org.aftersales.events.ticket.InspectionDue;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.calendar.ServiceCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One-off inspections (重大活动保障), record sheets (巡检记录单), report deadlines and the list of inspections. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class InspectionApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String RECORD = """
            {"grounding": "OK 0.8Ω", "dust": "轻微积灰，已清洁", "operatingState": "正常", "softwareVersion": "V2.3.1",
             "findings": "风扇轴承有异响，建议下次巡检更换", "inspectedAt": "2026-09-25T06:00:00Z"}""";

    @Inject
    InspectionFixtures fixtures;

    String device;
    UUID contract;
    LocalDate dueOn;

    @BeforeEach
    void aDeviceUnderAContractThatWantsTheReportWithin48Hours() throws Exception {
        device = serial("ONE-OFF");
        contract = fixtures.contract(CUSTOMER_A, List.of(device), LocalDate.parse("2026-01-01"), null, List.of(),
                new ContractActivated.TimeTarget("PT48H", null));
        fixtures.device(device, CUSTOMER_A, LocalDate.parse("2026-01-10"), null);
        dueOn = LocalDate.now(ServiceCalendar.DEFAULT_ZONE).plusDays(10);
    }

    Response schedule(TestCaller caller, String serial, String organisation) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "%s", "dueOn": "%s", "occasion": "国庆保障"}"""
                        .formatted(serial, organisation, dueOn))
                .when().post("/api/v1/inspections");
    }

    Response record(TestCaller caller, String ticket, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/tickets/{id}/inspection-record", ticket);
    }

    Response deliver(TestCaller caller, String ticket, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/tickets/{id}/inspection-report", ticket);
    }

    @Test
    void the_inspection_report_runs_on_a_clock_from_the_visit_and_its_delivery_meets_it() {
        String ticket = schedule(TestCaller.AGENT, device, CUSTOMER_A).then().statusCode(201)
                .extract().path("ticketId");
        String report = "{\"summary\": \"设备运行正常，已清灰\", \"recommendations\": \"下次更换风扇\"}";
        deliver(TestCaller.AGENT, ticket, report).then().statusCode(409).contentType("application/problem+json");
        String visitedNow = RECORD.replace(", \"inspectedAt\": \"2026-09-25T06:00:00Z\"", "");
        String reportDueAt = record(TestCaller.MANAGER, ticket, visitedNow).then().statusCode(200)
                .extract().path("reportDueAt");

        String deadline = given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/tickets/{id}/clocks", ticket)
                .then().statusCode(200)
                .body("clocks.target", contains("INSPECTION_REPORT"))
                .body("clocks[0].targetTime", equalTo("PT48H"))
                .body("clocks[0].state", equalTo("RUNNING"))
                .extract().path("clocks[0].deadline");
        // PostgreSQL keeps time to the microsecond: the stored clock and the computed deadline agree to that.
        assertThat(Instant.parse(deadline)).isCloseTo(Instant.parse(reportDueAt), within(1, ChronoUnit.MILLIS));

        deliver(TestCaller.AGENT, ticket, "{\"summary\": \" \"}").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("summary"));
        deliver(TestCaller.CUSTOMER_A, ticket, report).then().statusCode(403);
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/tickets/{id}/clocks", ticket)
                .then().statusCode(404);
        deliver(TestCaller.AGENT, ticket, report).then().statusCode(200)
                .body("report.summary", equalTo("设备运行正常，已清灰"))
                .body("report.deliveredBy", equalTo("agent"));
        deliver(TestCaller.MANAGER, ticket, "{\"summary\": \"设备运行正常\"}").then().statusCode(200)
                .body("report.summary", equalTo("设备运行正常"))
                .body("report.deliveredBy", equalTo("agent"));

        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/clocks", ticket)
                .then().statusCode(200).body("clocks[0].state", equalTo("MET"));
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"action\": \"REOPEN\", \"reason\": \"再查一次\"}")
                .when().post("/api/v1/tickets/{id}/transitions", ticket).then().statusCode(409);
        // An engineer works the inspections assigned to them: this one is not, and no contract's whole plan is theirs.
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("contractId", contract.toString())
                .when().get("/api/v1/inspections").then().statusCode(200).body("items.ticketId", contains(ticket));
        given().auth().oauth2(TestCaller.ENGINEER.token()).queryParam("contractId", contract.toString())
                .when().get("/api/v1/inspections").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestCaller.ENGINEER.token()).queryParam("contractId", contract.toString())
                .when().get("/api/v1/inspection-plans").then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("page", "abc").queryParam("size", "0")
                .when().get("/api/v1/inspections").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("page", "size"));
        assertThat(KAFKA.awaitRecords(TicketEvents.REPORT_SUBMITTED.topic(), r -> ticket.equals(r.key())
                && EventCodec.decode(r.value()).type().equals(TicketEvents.REPORT_SUBMITTED.type()), 1, PATIENCE))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"INSPECTION_REPORT\""));
    }

    @Test
    void a_one_off_inspection_is_scheduled_recorded_and_its_report_deadline_shown() {
        Response scheduled = schedule(TestCaller.AGENT, device, CUSTOMER_A);
        scheduled.then().statusCode(201)
                .body("occasion", equalTo("国庆保障"))
                .body("scheduleName", nullValue())
                .body("dueOn", equalTo(dueOn.toString()))
                .body("contractId", equalTo(contract.toString()))
                .body("status", equalTo("NEW"))
                .body("reportWithin.elapsed", equalTo("PT48H"))
                .body("reportDueAt", nullValue());
        String ticket = scheduled.path("ticketId");
        assertThat(scheduled.header("Location")).endsWith("/api/v1/tickets/" + ticket);
        InspectionDue due = EventCodec.payload(EventCodec.decode(KAFKA.awaitRecords(TicketEvents.INSPECTION_DUE.topic(),
                r -> ticket.equals(r.key())
                        && EventCodec.decode(r.value()).type().equals(TicketEvents.INSPECTION_DUE.type()), 1, PATIENCE)
                .get(0).value()), TicketEvents.INSPECTION_DUE);
        assertThat(due).isEqualTo(new InspectionDue(UUID.fromString(ticket), CUSTOMER_A, device, contract, null,
                "国庆保障", dueOn));

        // An engineer works the tickets assigned to them only (dispatch assigns; here set directly).
        QuarkusTransaction.requiringNew().run(() -> Ticket.update("assignedEngineer = ?1 where id = ?2", "engineer",
                UUID.fromString(ticket)));
        record(TestCaller.ENGINEER, ticket, RECORD).then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("record.grounding", equalTo("OK 0.8Ω"))
                .body("record.softwareVersion", equalTo("V2.3.1"))
                .body("record.inspectedAt", equalTo("2026-09-25T06:00:00Z"))
                .body("record.inspectedBy", equalTo("engineer"))
                .body("reportDueAt", equalTo("2026-09-27T06:00:00Z"));

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/tickets/{id}/inspection", ticket)
                .then().statusCode(200).body("record.findings", equalTo("风扇轴承有异响，建议下次巡检更换"))
                .body("reportDueAt", equalTo("2026-09-27T06:00:00Z"));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/tickets/{id}/history", ticket)
                .then().statusCode(200)
                .body("action", equalTo(List.of("RESOLVE")))
                .body("toStatus", equalTo(List.of("RESOLVED")))
                .body("changedBy", equalTo(List.of("engineer")));
        InspectionDone done = EventCodec.payload(EventCodec.decode(KAFKA.awaitRecords(
                TicketEvents.INSPECTION_DONE.topic(), r -> ticket.equals(r.key())
                        && EventCodec.decode(r.value()).type().equals(TicketEvents.INSPECTION_DONE.type()), 1, PATIENCE)
                .get(0).value()), TicketEvents.INSPECTION_DONE);
        assertThat(done).isEqualTo(new InspectionDone(UUID.fromString(ticket), CUSTOMER_A, device,
                Instant.parse("2026-09-25T06:00:00Z"), "OK 0.8Ω", "轻微积灰，已清洁", "正常", "V2.3.1",
                "风扇轴承有异响，建议下次巡检更换", "engineer"));
        assertThat(KAFKA.readAll(TicketEvents.RESOLVED.topic(), PATIENCE))
                .noneMatch(r -> ticket.equals(r.key())
                        && EventCodec.decode(r.value()).type().equals(TicketEvents.RESOLVED.type()));

        record(TestCaller.AGENT, ticket, RECORD).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body("{\"action\": \"CONFIRM\"}").when().post("/api/v1/tickets/{id}/transitions", ticket)
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void an_unknown_device_is_inspected_with_the_default_report_deadline_of_3_working_days() {
        String ticket = schedule(TestCaller.MANAGER, serial("UNKNOWN"), CUSTOMER_A).then().statusCode(201)
                .body("contractId", nullValue())
                .body("reportWithin.workingDays", equalTo(3))
                .extract().path("ticketId");

        Response recorded = record(TestCaller.MANAGER, ticket, """
                {"grounding": "OK", "dust": "无", "operatingState": "正常", "findings": "无异常"}""");

        recorded.then().statusCode(200).body("record.softwareVersion", nullValue()).body("record.inspectedBy",
                equalTo("manager"));
        Instant inspectedAt = Instant.parse(recorded.path("record.inspectedAt"));
        assertThat(Instant.parse(recorded.<String>path("reportDueAt"))).isEqualTo(
                ServiceCalendar.alwaysOpen(ServiceCalendar.DEFAULT_ZONE).addWorkingDays(inspectedAt, 3).at());
    }

    @Test
    void scheduling_refusals_name_their_reason() {
        schedule(TestCaller.CUSTOMER_A, device, CUSTOMER_A).then().statusCode(403);
        schedule(TestCaller.ENGINEER, device, CUSTOMER_A).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/inspections").then().statusCode(401);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": " ", "customerOrganisation": "customer a", "dueOn": "%s", "occasion": ""}"""
                        .formatted(LocalDate.now(ServiceCalendar.DEFAULT_ZONE).minusDays(2)))
                .when().post("/api/v1/inspections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("deviceSerial", "customerOrganisation", "dueOn", "occasion"));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "%s", "dueOn": "%s", "occasion": "国庆保障",
                         "status": "RESOLVED"}""".formatted(device, CUSTOMER_A, dueOn))
                .when().post("/api/v1/inspections")
                .then().statusCode(400).body("errors.field", hasItems("status"));
    }

    @Test
    void record_refusals_name_their_reason_and_store_nothing() {
        String ticket = schedule(TestCaller.AGENT, device, CUSTOMER_A).then().statusCode(201)
                .extract().path("ticketId");
        String fault = given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "%s", "description": "黑屏",
                         "faultLevel": "MAJOR", "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}"""
                        .formatted(device, CUSTOMER_A))
                .when().post("/api/v1/tickets").then().statusCode(201).extract().path("id");

        record(TestCaller.AGENT, ticket, """
                {"grounding": "", "dust": "无", "operatingState": "正常", "findings": "无异常",
                 "inspectedAt": "2999-01-01T00:00:00Z"}""")
                .then().statusCode(400).body("errors.field", hasItems("grounding", "inspectedAt"));
        record(TestCaller.CUSTOMER_A, ticket, RECORD).then().statusCode(403);
        given().contentType(ContentType.JSON).body(RECORD)
                .when().put("/api/v1/tickets/{id}/inspection-record", ticket).then().statusCode(401);
        record(TestCaller.AGENT, UUID.randomUUID().toString(), RECORD).then().statusCode(404);
        record(TestCaller.AGENT, fault, RECORD).then().statusCode(409)
                .body("detail", equalTo("Ticket " + fault + " is a FAULT ticket, not an inspection"));
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("{\"action\": \"ACKNOWLEDGE\"}").when().post("/api/v1/tickets/{id}/transitions", ticket)
                .then().statusCode(200);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("{\"action\": \"DIAGNOSE\"}").when().post("/api/v1/tickets/{id}/transitions", ticket)
                .then().statusCode(200);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"action": "RESOLVE", "resolution": {"faultCode": "NONE", "faultGone": true}}""")
                .when().post("/api/v1/tickets/{id}/transitions", ticket)
                .then().statusCode(409);

        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/inspection", ticket)
                .then().statusCode(200).body("status", equalTo("DIAGNOSING")).body("record", nullValue());
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).when().get("/api/v1/tickets/{id}/inspection", ticket)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/inspection", fault)
                .then().statusCode(404);
        given().when().get("/api/v1/tickets/{id}/inspection", ticket).then().statusCode(401);
    }

    @Test
    void inspections_are_listed_by_due_date_within_the_callers_organisations() {
        String ticket = schedule(TestCaller.AGENT, device, CUSTOMER_A).then().statusCode(201)
                .extract().path("ticketId");

        given().auth().oauth2(TestCaller.PARTNER_A.token()).queryParam("contractId", contract)
                .when().get("/api/v1/inspections")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.ticketId", equalTo(List.of(ticket)))
                .body("items[0].occasion", equalTo("国庆保障"));
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).queryParam("contractId", contract)
                .when().get("/api/v1/inspections")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestCaller.MANAGER.token())
                .queryParam("dueFrom", dueOn.toString()).queryParam("dueTo", dueOn.toString()).queryParam("size", 500)
                .when().get("/api/v1/inspections")
                .then().statusCode(200).body("items.ticketId", hasItem(ticket));
        given().auth().oauth2(TestCaller.MANAGER.token())
                .queryParam("dueFrom", dueOn.plusDays(1).toString()).queryParam("size", 500)
                .when().get("/api/v1/inspections")
                .then().statusCode(200).body("items.ticketId", not(hasItem(ticket)));
    }

    @Test
    void list_refusals_name_their_reason() {
        given().auth().oauth2(TestCaller.AGENT.token())
                .queryParam("dueFrom", "2026-03-31").queryParam("dueTo", "2026-03-01")
                .when().get("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItems("dueTo"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("dueFrom", "next week")
                .when().get("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItems("dueFrom"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("contractId", "HT-1")
                .when().get("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItems("contractId"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("size", 0)
                .when().get("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItems("size"));
        given().when().get("/api/v1/inspections").then().statusCode(401);
    }
}
