package org.aftersales.ticket.dispatch;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.dispatch.DispatchFixtures.ALWAYS_ON_DUTY;
import static org.aftersales.ticket.dispatch.DispatchFixtures.NEVER_ON_DUTY;
import static org.aftersales.ticket.dispatch.DispatchFixtures.acknowledgedTicket;
import static org.aftersales.ticket.dispatch.DispatchFixtures.assign;
import static org.aftersales.ticket.dispatch.DispatchFixtures.profile;
import static org.aftersales.ticket.dispatch.DispatchFixtures.register;
import static org.aftersales.ticket.dispatch.DispatchFixtures.registerTheEngineer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.platform.installedbase.KnownDevice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class DispatchApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String HERE = "{\"latitude\": 39.9593, \"longitude\": 116.2985}";

    String ticket;

    @BeforeEach
    void anAcknowledgedTicketAndTheEngineer() {
        registerTheEngineer();
        ticket = acknowledgedTicket();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static ValidatableResponse get(TestCaller caller, String path, String ticket) {
        return given().auth().oauth2(caller.token()).when().get("/api/v1/tickets/{id}" + path, ticket).then();
    }

    static Response post(TestCaller caller, String path, String ticket, String body) {
        var request = given().auth().oauth2(caller.token()).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).when().post("/api/v1/tickets/{id}" + path, ticket);
    }

    @Test
    void suggestions_rank_on_duty_then_skill_then_region_then_load_with_reasons() {
        String skill = unique("MODEL-");
        String region = unique("r");
        String best = unique("eng-");
        String otherRegion = unique("eng-");
        String offDuty = unique("eng-");
        String noSkill = unique("eng-");
        register(best, profile("ENGINEER", "[\"" + skill + "\"]", region + "/haidian", ALWAYS_ON_DUTY));
        register(otherRegion, profile("ENGINEER", "[\"" + skill + "\"]", "elsewhere", ALWAYS_ON_DUTY));
        register(offDuty, profile("ENGINEER", "[\"" + skill + "\"]", region + "/haidian", NEVER_ON_DUTY));
        register(noSkill, profile("ENGINEER", "[]", region, ALWAYS_ON_DUTY));

        Response suggestions = given().auth().oauth2(TestCaller.AGENT.token())
                .queryParam("skill", skill).queryParam("region", region + "/haidian")
                .when().get("/api/v1/tickets/{id}/engineer-suggestions", ticket)
                .then().statusCode(200)
                .body("ticketId", equalTo(ticket))
                .body("skill", equalTo(skill))
                .extract().response();

        List<String> ranked = suggestions.jsonPath().getList("engineers.username", String.class);
        assertThat(ranked.stream().filter(List.of(best, otherRegion, offDuty, noSkill)::contains))
                .containsExactly(best, otherRegion, noSkill, offDuty);
        Map<String, Object> first = suggestions.jsonPath().getMap("engineers.find { it.username == '" + best + "' }");
        assertThat(first).containsEntry("onDuty", true).containsEntry("skillMatch", true)
                .containsEntry("regionMatch", true).containsEntry("load", 0);
        assertThat(suggestions.jsonPath().getList("engineers.find { it.username == '" + offDuty + "' }.reasons"))
                .first().isEqualTo("off duty");
    }

    @Test
    void the_model_of_the_tickets_device_is_the_skill_asked_for_by_default_and_load_counts_open_tickets() {
        String model = unique("MODEL-");
        String serial = unique("SN-MODEL-");
        QuarkusTransaction.requiringNew().run(() -> {
            KnownDevice device = new KnownDevice();
            device.serialNumber = serial;
            device.deviceId = UUID.randomUUID();
            device.customerOrganisation = "dealer-a/customer-a";
            device.model = model;
            device.brand = "Mindray";
            device.persist();
        });
        String specialist = unique("eng-");
        register(specialist, profile("SENIOR_ENGINEER", "[\"" + model + "\"]", "cn", ALWAYS_ON_DUTY));
        String known = DispatchFixtures.ticket(serial);

        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/tickets/{id}/engineer-suggestions", known)
                .then().statusCode(200)
                .body("skill", equalTo(model))
                .body("region", nullValue())
                .body("engineers.find { it.username == '" + specialist + "' }.skillMatch", equalTo(true))
                .body("engineers.find { it.username == '" + specialist + "' }.regionMatch", nullValue());
        get(TestCaller.AGENT, "/engineer-suggestions", ticket).statusCode(200).body("skill", nullValue());

        assign(ticket, specialist).then().statusCode(200);
        get(TestCaller.AGENT, "/engineer-suggestions", known).statusCode(200)
                .body("engineers.find { it.username == '" + specialist + "' }.load", equalTo(1))
                .body("engineers.find { it.username == '" + specialist + "' }.reasons", hasItems("1 open ticket"));
    }

    @Test
    void suggestions_refuse_bad_parameters_strangers_and_other_roles() {
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("region", "Beijing")
                .when().get("/api/v1/tickets/{id}/engineer-suggestions", ticket)
                .then().statusCode(400).body("errors.field", contains("region"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("skill", "x".repeat(101))
                .when().get("/api/v1/tickets/{id}/engineer-suggestions", ticket)
                .then().statusCode(400).body("errors.field", contains("skill"));
        given().when().get("/api/v1/tickets/{id}/engineer-suggestions", ticket).then().statusCode(401);
        for (TestCaller caller : List.of(TestCaller.ENGINEER, TestCaller.CUSTOMER_A, TestCaller.PARTNER_A)) {
            get(caller, "/engineer-suggestions", ticket).statusCode(403);
        }
        get(TestCaller.AGENT, "/engineer-suggestions", UUID.randomUUID().toString()).statusCode(404);
    }

    @Test
    void an_assigned_engineer_accepts_checks_in_and_out_and_every_step_is_recorded_and_published() {
        assign(ticket, "engineer").then().statusCode(200)
                .body("engineer", equalTo("engineer"))
                .body("state", equalTo("PENDING"))
                .body("assignedBy", equalTo("agent"))
                .body("appointment.from", notNullValue());
        get(TestCaller.CUSTOMER_A, "", ticket).statusCode(200)
                .body("status", equalTo("DISPATCHED"))
                .body("assignedEngineer", equalTo("engineer"));
        get(TestCaller.CUSTOMER_A, "/assignment", ticket).statusCode(200).body("engineer", equalTo("engineer"));

        post(TestCaller.ENGINEER, "/assignment/acceptance", ticket, null).then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("respondedAt", notNullValue());
        post(TestCaller.ENGINEER, "/assignment/acceptance", ticket, null).then().statusCode(409);

        post(TestCaller.ENGINEER, "/check-ins", ticket, HERE).then().statusCode(201)
                .body("engineer", equalTo("engineer"))
                .body("checkIn.latitude", equalTo(39.9593f))
                .body("checkedOutAt", nullValue());
        get(TestCaller.ENGINEER, "", ticket).statusCode(200).body("status", equalTo("ON_SITE"));
        post(TestCaller.ENGINEER, "/check-ins", ticket, HERE).then().statusCode(409);
        post(TestCaller.ENGINEER, "/check-outs", ticket, "{\"latitude\": 39.96, \"longitude\": 116.30}").then()
                .statusCode(200).body("checkedOutAt", notNullValue()).body("checkOut.longitude", equalTo(116.30f));
        post(TestCaller.ENGINEER, "/check-outs", ticket, "{}").then().statusCode(409);
        post(TestCaller.ENGINEER, "/check-ins", ticket, null).then().statusCode(201)
                .body("checkIn.latitude", nullValue());
        post(TestCaller.ENGINEER, "/check-outs", ticket, null).then().statusCode(200);

        get(TestCaller.CUSTOMER_A, "/visits", ticket).statusCode(200)
                .body("$", hasSize(2))
                .body("engineer", contains("engineer", "engineer"))
                .body("[0].checkIn.longitude", equalTo(116.2985f));
        get(TestCaller.MANAGER, "/history", ticket).statusCode(200)
                .body("action", contains("ACKNOWLEDGE", "DISPATCH", "ARRIVE"))
                .body("changedBy", contains("agent", "agent", "engineer"));
        List<String> types = KAFKA.awaitRecords(TicketEvents.DISPATCHED.topic(), r -> ticket.equals(r.key()), 4,
                PATIENCE).stream().map(r -> EventCodec.decode(r.value()).type()).toList();
        assertThat(types).containsExactly("aftersales.ticket.created.v1", "aftersales.ticket.acknowledged.v1",
                "aftersales.ticket.dispatched.v1", "aftersales.ticket.on-site.v1");
        var onSite = KAFKA.awaitRecords(TicketEvents.ON_SITE.topic(), r -> ticket.equals(r.key())
                && EventCodec.decode(r.value()).type().equals(TicketEvents.ON_SITE.type()), 1, PATIENCE).get(0);
        TicketStatusChanged arrival = EventCodec.payload(EventCodec.decode(onSite.value()), TicketEvents.ON_SITE);
        assertThat(arrival.assignedEngineer()).isEqualTo("engineer");
        var dispatched = KAFKA.awaitRecords(TicketEvents.DISPATCHED.topic(), r -> ticket.equals(r.key())
                && EventCodec.decode(r.value()).type().equals(TicketEvents.DISPATCHED.type()), 1, PATIENCE).get(0);
        assertThat(EventCodec.payload(EventCodec.decode(dispatched.value()), TicketEvents.DISPATCHED).assignedEngineer())
                .isEqualTo("engineer");
        assertThat(arrival.changedBy()).isEqualTo("engineer");
    }

    @Test
    void an_agent_reassigns_until_the_engineer_is_on_site_and_a_declination_leaves_the_ticket_without_engineer() {
        String first = unique("eng-");
        register(first, profile("ENGINEER", "[]", "cn", ALWAYS_ON_DUTY));
        assign(ticket, first).then().statusCode(200);
        get(TestCaller.ENGINEER, "", ticket).statusCode(404);

        assign(ticket, "engineer").then().statusCode(200).body("engineer", equalTo("engineer"));
        get(TestCaller.AGENT, "", ticket).statusCode(200).body("status", equalTo("DISPATCHED"));
        get(TestCaller.MANAGER, "/history", ticket).statusCode(200).body("action", contains("ACKNOWLEDGE", "DISPATCH"));

        post(TestCaller.ENGINEER, "/assignment/declination", ticket, "{\"reason\": \"该时段在外地支援\"}").then()
                .statusCode(200).body("state", equalTo("DECLINED")).body("declineReason", equalTo("该时段在外地支援"));
        get(TestCaller.AGENT, "", ticket).statusCode(200)
                .body("status", equalTo("DISPATCHED"))
                .body("assignedEngineer", nullValue());
        get(TestCaller.AGENT, "/assignment", ticket).statusCode(200).body("state", equalTo("DECLINED"));
        get(TestCaller.ENGINEER, "", ticket).statusCode(404);
        get(TestCaller.ENGINEER, "/assignment", ticket).statusCode(404);

        assign(ticket, "engineer").then().statusCode(200).body("state", equalTo("PENDING"));
        post(TestCaller.ENGINEER, "/check-ins", ticket, HERE).then().statusCode(201);
        get(TestCaller.ENGINEER, "/assignment", ticket).statusCode(200).body("state", equalTo("ACCEPTED"));
        assign(ticket, first).then().statusCode(409).contentType("application/problem+json");
        post(TestCaller.ENGINEER, "/assignment/declination", ticket, "{\"reason\": \"太忙\"}").then().statusCode(409);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown engineer  | ''           | engineer    | "nobody-here"          | engineer
            no engineer       | ''           | engineer    | null                   | engineer
            no appointment    | ''           | appointment | null                   | appointment
            unknown field     | ''           | priority    | 1                      | priority
            window ends first | /appointment | to          | "2026-11-23T00:00:00Z" | appointment.to
            empty window      | /appointment | to          | "2026-11-23T01:00:00Z" | appointment.to
            no end            | /appointment | to          | null                   | appointment.to
            not a time        | /appointment | from        | "tomorrow"             | appointment.from
            """)
    void an_invalid_assignment_names_the_field_and_changes_nothing(String name, String parent, String field,
            String value, String named) {
        String valid = """
                {"engineer": "engineer",
                 "appointment": {"from": "2026-11-23T01:00:00Z", "to": "2026-11-23T03:00:00Z"}}""";

        post(TestCaller.AGENT, "/assignment", ticket, DispatchFixtures.with(valid, parent, field, value)).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains(named));
        get(TestCaller.AGENT, "", ticket).statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("assignedEngineer", nullValue());
        get(TestCaller.AGENT, "/assignment", ticket).statusCode(404);
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"ENGINEER", "CUSTOMER_A", "PARTNER_A", "PARTS_CLERK", "ADMIN"})
    void only_agents_and_managers_assign(TestCaller caller) {
        post(caller, "/assignment", ticket, DispatchFixtures.assignmentOf("engineer")).then().statusCode(403);
    }

    @Test
    void assignment_needs_a_token_a_visible_ticket_and_a_status_before_arrival() {
        given().contentType(ContentType.JSON).body(DispatchFixtures.assignmentOf("engineer"))
                .when().post("/api/v1/tickets/{id}/assignment", ticket).then().statusCode(401);
        assign(UUID.randomUUID().toString(), "engineer").then().statusCode(404);
        String fresh = DispatchFixtures.ticket(unique("SN-NEW-"));
        assign(fresh, "engineer").then().statusCode(409).body("detail", containsString("NEW"));

        assign(ticket, "engineer").then().statusCode(200);
        get(TestCaller.CUSTOMER_B, "/assignment", ticket).statusCode(404);
        get(TestCaller.PARTNER_B, "/visits", ticket).statusCode(404);
        get(TestCaller.CUSTOMER_A, "/assignment", fresh).statusCode(404);
        given().when().get("/api/v1/tickets/{id}/assignment", ticket).then().statusCode(401);
    }

    @Test
    void an_engineer_sees_and_works_only_the_tickets_assigned_to_them() {
        for (String path : List.of("", "/history", "/assignment", "/visits", "/escalations")) {
            get(TestCaller.ENGINEER, path, ticket).statusCode(404).contentType("application/problem+json");
        }
        post(TestCaller.ENGINEER, "/transitions", ticket, "{\"action\": \"DIAGNOSE\"}").then().statusCode(404);
        post(TestCaller.ENGINEER, "/check-ins", ticket, HERE).then().statusCode(404);
        post(TestCaller.ENGINEER, "/assignment/acceptance", ticket, null).then().statusCode(404);

        assign(ticket, "engineer").then().statusCode(200);

        get(TestCaller.ENGINEER, "", ticket).statusCode(200).body("assignedEngineer", equalTo("engineer"));
        get(TestCaller.ENGINEER, "/history", ticket).statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            latitude without longitude | {"latitude": 39.9}                                     | longitude
            longitude without latitude | {"longitude": 116.3}                                   | latitude
            latitude beyond the pole   | {"latitude": 90.5, "longitude": 116.3}                 | latitude
            longitude out of range     | {"latitude": 39.9, "longitude": -180.01}               | longitude
            not a number               | {"latitude": "north", "longitude": 116.3}              | latitude
            unknown field              | {"latitude": 39.9, "longitude": 116.3, "altitude": 50} | altitude
            """)
    void coordinates_are_both_given_or_neither_and_in_range(String name, String body, String field) {
        assign(ticket, "engineer").then().statusCode(200);

        post(TestCaller.ENGINEER, "/check-ins", ticket, body).then().statusCode(400)
                .body("errors.field", contains(field));
        get(TestCaller.ENGINEER, "", ticket).statusCode(200).body("status", equalTo("DISPATCHED"));
        get(TestCaller.ENGINEER, "/visits", ticket).statusCode(200).body("$", hasSize(0));
    }

    @Test
    void field_work_is_for_the_assigned_engineer_while_the_ticket_is_on_the_way_on_site_or_waiting() {
        post(TestCaller.MANAGER, "/check-ins", ticket, HERE).then().statusCode(403);
        post(TestCaller.AGENT, "/check-outs", ticket, HERE).then().statusCode(403);
        post(TestCaller.MANAGER, "/assignment/acceptance", ticket, null).then().statusCode(403);
        given().contentType(ContentType.JSON).body(HERE).when().post("/api/v1/tickets/{id}/check-ins", ticket)
                .then().statusCode(401);
        assign(ticket, "engineer").then().statusCode(200);
        post(TestCaller.ENGINEER, "/check-outs", ticket, HERE).then().statusCode(409);
        post(TestCaller.ENGINEER, "/assignment/declination", ticket, "{\"reason\": \" \"}").then().statusCode(400)
                .body("errors.field", contains("reason"));

        post(TestCaller.ENGINEER, "/check-ins", ticket, HERE).then().statusCode(201);
        post(TestCaller.ENGINEER, "/transitions", ticket, """
                {"action": "RESOLVE", "resolution": {"faultCode": "NO-POWER", "faultGone": true}}""")
                .then().statusCode(200);
        post(TestCaller.ENGINEER, "/check-outs", ticket, HERE).then().statusCode(200);
        post(TestCaller.ENGINEER, "/check-ins", ticket, HERE).then().statusCode(409)
                .body("detail", containsString("RESOLVED"));
    }
}
