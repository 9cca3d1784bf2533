package org.aftersales.ticket.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.ReportSubmitted;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.aftersales.ticket.TicketApi;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ServiceReportApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    static final String REPAIR_REPORT = "/api/v1/tickets/{id}/repair-report";
    static final String CONFIRMATION = REPAIR_REPORT + "/confirmation";
    static final String FAULT_ANALYSIS = "/api/v1/tickets/{id}/fault-analysis";
    static final String ANALYSIS = """
            {"cause": "机房空调故障导致电源过热", "prevention": "加装机房温度告警，每季度巡检清灰"}""";

    @Inject
    SubmittedReports submitted;

    static String serial() {
        return "SN-REPORT-" + UUID.randomUUID();
    }

    static Instant registeredAt(String ticket) {
        return Instant.parse(given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/tickets/{id}", ticket).then().statusCode(200).extract().path("createdAt"));
    }

    static String report(Instant arrivedAt, Instant restoredAt, String parts) {
        return """
                {"arrivedAt": "%s", "cause": "电源模块老化", "measures": "更换电源模块并通电测试",
                 "restoredAt": "%s", "partsUsed": %s}""".formatted(arrivedAt, restoredAt, parts);
    }

    static String validReport(String ticket) {
        return report(registeredAt(ticket), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                "[{\"partNumber\": \"PSU-220V-01\", \"description\": \"电源模块\", \"quantity\": 1}]");
    }

    static Response put(TestCaller caller, String path, String ticket, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().put(path, ticket);
    }

    static Response confirm(TestCaller caller, String ticket, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post(CONFIRMATION, ticket);
    }

    @Test
    void a_repair_report_is_submitted_revised_confirmed_by_the_customer_and_then_frozen() {
        String ticket = TicketApi.resolved(serial(), "监护仪黑屏");
        Instant reportedAt = registeredAt(ticket);

        put(TestCaller.AGENT, REPAIR_REPORT, ticket, validReport(ticket)).then().statusCode(201)
                .header("Location", containsString("/api/v1/tickets/" + ticket + "/repair-report"))
                .body("reportedAt", equalTo(reportedAt.toString()))
                .body("cause", equalTo("电源模块老化"))
                .body("partsUsed[0].partNumber", equalTo("PSU-220V-01"))
                .body("partsUsed[0].quantity", equalTo(1))
                .body("submittedBy", equalTo("agent"))
                .body("confirmation", nullValue());
        put(TestCaller.MANAGER, REPAIR_REPORT, ticket, report(reportedAt, Instant.now(), "[]")).then().statusCode(200)
                .body("submittedBy", equalTo("agent"))
                .body("updatedBy", equalTo("manager"))
                .body("partsUsed.size()", equalTo(0));

        confirm(TestCaller.CUSTOMER_A, ticket, "{}").then().statusCode(200)
                .body("confirmation.confirmedBy", equalTo("customer-a"))
                .body("confirmation.recordedBy", equalTo("customer-a"));

        put(TestCaller.AGENT, REPAIR_REPORT, ticket, validReport(ticket)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("confirmed"));
        confirm(TestCaller.PARTNER_A, ticket, "{}").then().statusCode(409);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get(REPAIR_REPORT, ticket).then().statusCode(200)
                .body("measures", equalTo("更换电源模块并通电测试"))
                .body("partsUsed.size()", equalTo(0))
                .body("confirmation.confirmedBy", equalTo("customer-a"));
    }

    @Test
    void an_agent_confirms_on_the_customers_behalf_naming_who_confirmed() {
        String ticket = TicketApi.resolved(serial(), "无法打印");
        put(TestCaller.AGENT, REPAIR_REPORT, ticket, validReport(ticket)).then().statusCode(201);

        confirm(TestCaller.AGENT, ticket, "{}").then().statusCode(400).body("errors.field", hasItems("confirmedBy"));
        confirm(TestCaller.AGENT, ticket, "{\"confirmedBy\": \"王工（设备科）\"}").then().statusCode(200)
                .body("confirmation.confirmedBy", equalTo("王工（设备科）"))
                .body("confirmation.recordedBy", equalTo("agent"));
    }

    @Test
    void the_first_submission_of_each_report_tells_the_sla_clocks_in_its_transaction_and_is_published_once() {
        String ticket = TicketApi.resolved(serial(), "网络中断");

        put(TestCaller.AGENT, REPAIR_REPORT, ticket, validReport(ticket)).then().statusCode(201);
        put(TestCaller.AGENT, REPAIR_REPORT, ticket, validReport(ticket)).then().statusCode(200);
        put(TestCaller.AGENT, FAULT_ANALYSIS, ticket, ANALYSIS).then().statusCode(201)
                .body("prevention", equalTo("加装机房温度告警，每季度巡检清灰"));
        put(TestCaller.AGENT, FAULT_ANALYSIS, ticket, ANALYSIS).then().statusCode(200);

        assertThat(submitted.of(ticket)).extracting(seen -> seen.event().kind(), SubmittedReports.Seen::inTransaction)
                .containsExactly(tuple(ReportKind.REPAIR_REPORT, true),
                        tuple(ReportKind.FAULT_ANALYSIS, true));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId = :id and e.type = :type", Long.class)
                .setParameter("id", ticket).setParameter("type", TicketEvents.REPORT_SUBMITTED.type())
                .getSingleResult())).isEqualTo(2);
        List<ReportSubmitted> published = KAFKA.awaitRecords(TicketEvents.REPORT_SUBMITTED.topic(),
                        r -> ticket.equals(r.key())
                                && EventCodec.decode(r.value()).type().equals(TicketEvents.REPORT_SUBMITTED.type()),
                        2, Duration.ofSeconds(60)).stream()
                .map(r -> EventCodec.payload(EventCodec.decode(r.value()), TicketEvents.REPORT_SUBMITTED))
                .toList();
        assertThat(published).extracting(ReportSubmitted::kind).containsExactly("REPAIR_REPORT", "FAULT_ANALYSIS");
        assertThat(published).allSatisfy(event -> {
            assertThat(event.customerOrganisation()).isEqualTo("dealer-a/customer-a");
            assertThat(event.submittedBy()).isEqualTo("agent");
        });
        assertThat(published.get(0).submittedAt()).isEqualTo(submitted.of(ticket).get(0).event().submittedAt());
    }

    static Stream<Arguments> invalidReports() {
        Instant now = Instant.now();
        Instant longAgo = now.minus(Duration.ofDays(1));
        Instant later = now.plus(Duration.ofHours(1));
        String part = "[{\"partNumber\": \"PSU\", \"quantity\": 1}]";
        return Stream.of(
                Arguments.of("no cause", """
                        {"measures": "更换", "restoredAt": "%s"}""".formatted(now), "cause"),
                Arguments.of("blank measures", """
                        {"cause": "老化", "measures": " ", "restoredAt": "%s"}""".formatted(now), "measures"),
                Arguments.of("no restoration", """
                        {"cause": "老化", "measures": "更换"}""", "restoredAt"),
                Arguments.of("restored in the future", report(now.minusSeconds(1), later, part), "restoredAt"),
                Arguments.of("restored before the report", """
                        {"cause": "老化", "measures": "更换", "restoredAt": "%s"}""".formatted(longAgo), "restoredAt"),
                Arguments.of("arrived before the report", report(longAgo, now, part), "arrivedAt"),
                Arguments.of("no part number", report(now, now, "[{\"quantity\": 1}]"), "partsUsed[0].partNumber"),
                Arguments.of("no parts at all", report(now, now, "[{\"partNumber\": \"PSU\", \"quantity\": 0}]"),
                        "partsUsed[0].quantity"),
                Arguments.of("a time that is no time", """
                        {"cause": "老化", "measures": "更换", "restoredAt": "yesterday"}""", "restoredAt"),
                Arguments.of("a server-owned field", """
                        {"cause": "老化", "measures": "更换", "restoredAt": "%s", "reportedAt": "%s"}"""
                        .formatted(now, longAgo), "reportedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReports")
    void an_invalid_repair_report_is_400_naming_the_field_and_nothing_is_stored(String why, String body,
            String field) {
        String ticket = TicketApi.resolved(serial(), "报警灯常亮");

        put(TestCaller.AGENT, REPAIR_REPORT, ticket, body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(field));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get(REPAIR_REPORT, ticket).then().statusCode(404);
        assertThat(submitted.of(ticket)).isEmpty();
    }

    @Test
    void an_invalid_fault_analysis_is_400_naming_the_field() {
        String ticket = TicketApi.resolved(serial(), "报警灯常亮");

        put(TestCaller.AGENT, FAULT_ANALYSIS, ticket, "{\"cause\": \"老化\"}").then().statusCode(400)
                .body("errors.field", hasItems("prevention"));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get(FAULT_ANALYSIS, ticket).then().statusCode(404);
    }

    @Test
    void reports_wait_for_the_resolution() {
        String ticket = TicketApi.registered(serial(), "无法开机");
        Instant now = Instant.now();

        put(TestCaller.AGENT, REPAIR_REPORT, ticket, report(now, now, "[]")).then().statusCode(409)
                .body("detail", containsString("NEW"));
        put(TestCaller.AGENT, FAULT_ANALYSIS, ticket, ANALYSIS).then().statusCode(409);
        confirm(TestCaller.CUSTOMER_A, ticket, "{}").then().statusCode(409);
    }

    @Test
    void a_reopened_ticket_takes_no_report_until_it_is_resolved_again() {
        String ticket = TicketApi.resolved(serial(), "无法开机");
        TicketApi.act(ticket, "{\"action\": \"REOPEN\", \"reason\": \"又坏了\"}");

        put(TestCaller.AGENT, FAULT_ANALYSIS, ticket, ANALYSIS).then().statusCode(409)
                .body("detail", containsString("DIAGNOSING"));
    }

    @Test
    void without_a_token_the_answer_is_401() {
        String ticket = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(ANALYSIS).when().put(FAULT_ANALYSIS, ticket).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().put(REPAIR_REPORT, ticket).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post(CONFIRMATION, ticket).then().statusCode(401);
        given().when().get(REPAIR_REPORT, ticket).then().statusCode(401);
        given().when().get(FAULT_ANALYSIS, ticket).then().statusCode(401);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "PARTNER_A", "PARTS_CLERK", "QUALITY", "ADMIN"})
    void only_engineers_agents_and_managers_write_reports(TestCaller caller) {
        String ticket = TicketApi.resolved(serial(), "无法开机");

        put(caller, REPAIR_REPORT, ticket, validReport(ticket)).then().statusCode(403)
                .contentType("application/problem+json");
        put(caller, FAULT_ANALYSIS, ticket, ANALYSIS).then().statusCode(403);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"ENGINEER", "PARTS_CLERK", "QUALITY", "ADMIN"})
    void only_the_customer_side_or_an_agent_or_manager_on_its_behalf_confirms(TestCaller caller) {
        String ticket = TicketApi.resolved(serial(), "无法开机");
        put(TestCaller.AGENT, REPAIR_REPORT, ticket, validReport(ticket)).then().statusCode(201);

        confirm(caller, ticket, "{\"confirmedBy\": \"王工\"}").then().statusCode(403);
    }

    @Test
    void another_tenant_sees_no_ticket_and_an_unknown_ticket_is_404() {
        String ticket = TicketApi.resolved(serial(), "无法开机");
        put(TestCaller.AGENT, REPAIR_REPORT, ticket, validReport(ticket)).then().statusCode(201);
        put(TestCaller.AGENT, FAULT_ANALYSIS, ticket, ANALYSIS).then().statusCode(201);

        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).when().get(REPAIR_REPORT, ticket).then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get(FAULT_ANALYSIS, ticket).then().statusCode(404);
        confirm(TestCaller.CUSTOMER_B, ticket, "{}").then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token()).when().get(REPAIR_REPORT, ticket).then().statusCode(200)
                .body("confirmation", nullValue());
        String unknown = UUID.randomUUID().toString();
        put(TestCaller.AGENT, REPAIR_REPORT, unknown, validReport(ticket)).then().statusCode(404)
                .contentType("application/problem+json");
        put(TestCaller.AGENT, FAULT_ANALYSIS, unknown, ANALYSIS).then().statusCode(404);
    }

    @Test
    void a_ticket_without_reports_answers_404_for_them() {
        String ticket = TicketApi.resolved(serial(), "无法开机");

        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get(REPAIR_REPORT, ticket).then().statusCode(404);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get(FAULT_ANALYSIS, ticket).then().statusCode(404);
    }
}
