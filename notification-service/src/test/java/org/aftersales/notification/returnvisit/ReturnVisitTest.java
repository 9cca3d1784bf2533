package org.aftersales.notification.returnvisit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.events.notification.ReturnVisitEvents;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.notification.delivery.Message;
import org.aftersales.platform.deadline.DeadlineBreach;
import org.aftersales.platform.deadline.DeadlineState;
import org.aftersales.platform.deadline.Deadlines;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.TestCaller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Return visits (回访) from closed tickets on the real broker: due within the contract's term, listed in the agents'
 * queue by tenant, recorded once, and their deadlines met, warned and breached by the kit's persistent timers.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class ReturnVisitTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String TOPIC = "aftersales.return-visit";

    @Inject
    Deadlines deadlines;

    @Inject
    ContractTermsCopy contracts;

    @Test
    void a_closed_ticket_without_a_contract_is_due_for_a_visit_within_3_working_days_on_the_china_calendar() {
        // Friday 2026-09-25 14:00 China time: 中秋节 and 国庆节 off from the 25th, 调休 counted.
        Instant closedAt = Instant.parse("2026-09-25T06:00:00Z");
        UUID ticket = closeTicket("dealer-a/customer-a", "SN-RV-DEFAULT", closedAt);

        JsonPath visit = awaitVisit(TestCaller.AGENT, ticket);

        assertThat(visit.getString("promise")).isEqualTo("3 working days");
        assertThat(visit.getString("state")).isEqualTo("OPEN");
        assertThat(visit.getString("engineer")).isEqualTo("engineer");
        assertThat(visit.getString("deviceSerial")).isEqualTo("SN-RV-DEFAULT");
        assertThat(Instant.parse(visit.getString("dueAt")))
                .isEqualTo(ReturnVisits.CALENDAR.addWorkingDays(closedAt, 3).at());
    }

    @Test
    void a_device_contract_wins_over_its_organisations_and_a_terminated_contract_no_longer_counts() {
        String organisation = "dealer-a/customer-rv-terms";
        UUID organisationWide = activateContract(organisation, List.of(), new ContractActivated.TimeTarget(null, 5));
        UUID forDevice = activateContract(organisation, List.of("SN-RV-OWN"),
                new ContractActivated.TimeTarget(null, 1));
        await().atMost(PATIENCE).until(() -> promiseFor(organisation, "SN-RV-OWN").equals("1 working day"));
        await().atMost(PATIENCE).until(() -> promiseFor(organisation, "SN-RV-OTHER").equals("5 working days"));

        UUID ticket = closeTicket(organisation, "SN-RV-OWN", Instant.now());
        assertThat(awaitVisit(TestCaller.AGENT, ticket).getString("promise")).isEqualTo("1 working day");

        terminate(forDevice, organisation);
        await().atMost(PATIENCE).until(() -> promiseFor(organisation, "SN-RV-OWN").equals("5 working days"));
        terminate(organisationWide, organisation);
        await().atMost(PATIENCE).until(() -> promiseFor(organisation, "SN-RV-OWN").equals("3 working days"));
    }

    @Test
    void the_same_closed_event_twice_and_a_second_closing_make_one_visit() {
        UUID ticket = UUID.randomUUID();
        publish(created(ticket, "dealer-a/customer-a", "SN-RV-TWICE"));
        CloudEvent<TicketStatusChanged> closed = closed(ticket, "dealer-a/customer-a", Instant.now());
        publish(closed);
        publish(closed);
        publish(closed(ticket, "dealer-a/customer-a", Instant.now()));
        UUID later = closeTicket("dealer-a/customer-a", "SN-RV-TWICE-AFTER", Instant.now());
        awaitVisit(TestCaller.AGENT, later);

        assertThat(visitsOf(TestCaller.AGENT, ticket)).hasSize(1);
    }

    @Test
    void the_queue_shows_each_partner_its_own_organisations_visits_and_filters_by_state_and_due_day() {
        UUID ours = closeTicket("dealer-a/customer-a", "SN-RV-TENANT-A", Instant.now());
        UUID theirs = closeTicket("dealer-b/customer-b", "SN-RV-TENANT-B", Instant.now());
        awaitVisit(TestCaller.AGENT, ours);
        awaitVisit(TestCaller.MANAGER, theirs);

        assertThat(visitsOf(TestCaller.PARTNER_A, ours)).hasSize(1);
        assertThat(visitsOf(TestCaller.PARTNER_A, theirs)).isEmpty();
        assertThat(visitsOf(TestCaller.PARTNER_B, theirs)).hasSize(1);
        assertThat(ticketsListed(TestCaller.AGENT, "?state=OPEN&size=500")).contains(ours.toString());
        assertThat(ticketsListed(TestCaller.AGENT, "?state=RECORDED&size=500")).doesNotContain(ours.toString());
        assertThat(ticketsListed(TestCaller.AGENT, "?dueBy=2026-01-01&size=500")).doesNotContain(ours.toString());
        assertThat(ticketsListed(TestCaller.AGENT, "?dueBy=2099-12-31&size=500")).contains(ours.toString());
    }

    @Test
    void the_queue_needs_a_token_a_role_and_valid_parameters() {
        given().when().get("/api/v1/return-visits")
                .then().statusCode(401).contentType("application/problem+json");
        for (TestCaller refused : List.of(TestCaller.CUSTOMER_A, TestCaller.ENGINEER)) {
            given().auth().oauth2(refused.token()).when().get("/api/v1/return-visits")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/return-visits?state=LOST&dueBy=tomorrow&size=0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("state"))
                .body("errors.field", hasItem("size"));
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/return-visits?dueBy=tomorrow")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("dueBy"));
    }

    @Test
    void an_unreached_customer_keeps_the_visit_open_and_a_reached_one_meets_its_deadline_once() {
        UUID ticket = closeTicket("dealer-a/customer-a", "SN-RV-OUTCOME", Instant.now());
        String visit = awaitVisit(TestCaller.AGENT, ticket).getString("id");

        outcome(TestCaller.AGENT, visit, Map.of("reached", false, "followUp", "NONE", "customerWords", "无人接听"))
                .then().statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("attempts", equalTo(1))
                .body("reached", equalTo(false));
        assertThat(deadlineState(visit)).isEqualTo(DeadlineState.RUNNING);

        outcome(TestCaller.MANAGER, visit, Map.of("reached", true, "satisfied", false, "followUp", "REOPEN_TICKET",
                "customerWords", "设备仍有异响"))
                .then().statusCode(200)
                .body("state", equalTo("RECORDED"))
                .body("attempts", equalTo(2))
                .body("satisfied", equalTo(false))
                .body("followUp", equalTo("REOPEN_TICKET"))
                .body("recordedBy", equalTo("manager"));
        assertThat(deadlineState(visit)).isEqualTo(DeadlineState.MET);
        assertThat(breachesOf(visit)).isEmpty();

        outcome(TestCaller.AGENT, visit, Map.of("reached", true, "satisfied", true, "followUp", "NONE"))
                .then().statusCode(409).contentType("application/problem+json");

        List<ConsumerRecord<String, String>> recorded = KAFKA.awaitRecords(TOPIC,
                r -> visit.equals(r.key()) && r.value().contains(ReturnVisitEvents.RECORDED.type()), 2, PATIENCE);
        var first = EventCodec.payload(EventCodec.decode(recorded.get(0).value()), ReturnVisitEvents.RECORDED);
        var second = EventCodec.payload(EventCodec.decode(recorded.get(1).value()), ReturnVisitEvents.RECORDED);
        assertThat(first.reached()).isFalse();
        assertThat(first.ticketId()).isEqualTo(ticket);
        assertThat(first.complaintId()).isNull();
        assertThat(first.recordedBy()).isEqualTo("agent");
        assertThat(second.reached()).isTrue();
        assertThat(second.satisfied()).isFalse();
        assertThat(second.customerWords()).isEqualTo("设备仍有异响");
        assertThat(second.customerOrganisation()).isEqualTo("dealer-a/customer-a");
    }

    @Test
    void two_outcomes_at_once_record_one_and_refuse_the_other_with_409() throws Exception {
        UUID ticket = closeTicket("dealer-a/customer-a", "SN-RV-RACE", Instant.now());
        String visit = awaitVisit(TestCaller.AGENT, ticket).getString("id");
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Object> body = Map.of("reached", true, "satisfied", true, "followUp", "NONE");
        List<CompletableFuture<Integer>> racing = List.of(TestCaller.AGENT, TestCaller.MANAGER).stream()
                .map(who -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return outcome(who, visit, body).statusCode();
                })).toList();
        start.countDown();

        List<Integer> statuses = racing.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(200, 409);
        assertThat(visitsOf(TestCaller.AGENT, ticket).getFirst().get("attempts")).isEqualTo(1);
    }

    @Test
    void recording_an_outcome_refuses_bad_input_other_tenants_and_other_roles() {
        UUID ticket = closeTicket("dealer-b/customer-b", "SN-RV-REFUSE", Instant.now());
        String visit = awaitVisit(TestCaller.AGENT, ticket).getString("id");
        Map<String, Object> valid = Map.of("reached", true, "satisfied", true, "followUp", "NONE");

        given().contentType("application/json").body(valid)
                .when().post("/api/v1/return-visits/{id}/outcome", visit)
                .then().statusCode(401).contentType("application/problem+json");
        for (TestCaller refused : List.of(TestCaller.PARTNER_B, TestCaller.CUSTOMER_B, TestCaller.ENGINEER)) {
            outcome(refused, visit, valid).then().statusCode(403).contentType("application/problem+json");
        }
        outcome(TestCaller.AGENT, UUID.randomUUID().toString(), valid)
                .then().statusCode(404).contentType("application/problem+json");
        outcome(TestCaller.AGENT, visit, Map.of("satisfied", true))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reached"))
                .body("errors.field", hasItem("followUp"));
        outcome(TestCaller.AGENT, visit, Map.of("reached", true, "followUp", "NONE"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("satisfied"));
        outcome(TestCaller.AGENT, visit, Map.of("reached", false, "satisfied", true, "followUp", "NONE"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("satisfied"));
        outcome(TestCaller.AGENT, visit, Map.of("reached", true, "satisfied", true, "followUp", "LATER"))
                .then().statusCode(400).contentType("application/problem+json");
        outcome(TestCaller.AGENT, visit, Map.of("reached", true, "satisfied", true, "followUp", "NONE",
                "mood", "happy"))
                .then().statusCode(400).contentType("application/problem+json");
        outcome(TestCaller.AGENT, visit, Map.of("reached", true, "satisfied", true, "followUp", "NONE",
                "customerWords", "好".repeat(2001)))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("customerWords"));

        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/return-visits?state=OPEN&size=500")
                .then().statusCode(200)
                .body("items.find { it.id == '%s' }.attempts".formatted(visit), equalTo(0))
                .body("items.find { it.id == '%s' }.reached".formatted(visit), nullValue());
    }

    @Test
    void a_visit_not_made_in_time_is_warned_then_breached_and_the_breach_is_stored() {
        String organisation = "dealer-a/customer-rv-short";
        activateContract(organisation, List.of("SN-RV-SHORT"), new ContractActivated.TimeTarget("PT20S", null));
        await().atMost(PATIENCE).until(() -> promiseFor(organisation, "SN-RV-SHORT").equals("PT20S"));

        UUID ticket = closeTicket(organisation, "SN-RV-SHORT", Instant.now());
        String visit = awaitVisit(TestCaller.AGENT, ticket).getString("id");

        ConsumerRecord<String, String> warning = KAFKA.awaitRecords(TOPIC, r -> visit.equals(r.key())
                && r.value().contains(ReturnVisitEvents.DUE_WARNING.type()), 1, PATIENCE).getFirst();
        ConsumerRecord<String, String> breach = KAFKA.awaitRecords(TOPIC, r -> visit.equals(r.key())
                && r.value().contains(ReturnVisitEvents.BREACHED.type()), 1, PATIENCE).getFirst();
        var warned = EventCodec.payload(EventCodec.decode(warning.value()), ReturnVisitEvents.DUE_WARNING);
        var breached = EventCodec.payload(EventCodec.decode(breach.value()), ReturnVisitEvents.BREACHED);
        assertThat(warned.ticketId()).isEqualTo(ticket);
        assertThat(warned.at()).isBefore(warned.dueAt());
        assertThat(breached.at()).isAfterOrEqualTo(breached.dueAt());
        assertThat(breachesOf(visit)).singleElement()
                .satisfies(stored -> assertThat(stored.promise()).isEqualTo("PT20S"));
        assertThat(recipientsOf(EventCodec.decode(warning.value()).id()))
                .as("the duty agent is told the visit is due").containsExactlyInAnyOrder(
                        "user:agent IN_APP", "user:agent EMAIL");
        assertThat(recipientsOf(EventCodec.decode(breach.value()).id()))
                .as("the manager is told it was missed").containsExactlyInAnyOrder(
                        "user:manager IN_APP", "user:manager EMAIL", "user:agent IN_APP");
    }

    private static List<String> recipientsOf(UUID event) {
        return QuarkusTransaction.requiringNew().call(() -> Message.<Message>list("eventId", event)).stream()
                .map(message -> message.recipient + " " + message.channel).toList();
    }

    @Test
    void a_visit_made_late_is_met_late_and_its_breach_keeps_the_actual_time() {
        Instant longAgo = Instant.now().minus(30, ChronoUnit.DAYS);
        UUID ticket = closeTicket("dealer-a/customer-a", "SN-RV-LATE", longAgo);
        String visit = awaitVisit(TestCaller.AGENT, ticket).getString("id");
        await().atMost(PATIENCE).until(() -> deadlineState(visit) == DeadlineState.BREACHED);

        outcome(TestCaller.AGENT, visit, Map.of("reached", true, "satisfied", true, "followUp", "NONE"))
                .then().statusCode(200);

        assertThat(deadlineState(visit)).isEqualTo(DeadlineState.MET_LATE);
        assertThat(breachesOf(visit)).singleElement()
                .satisfies(stored -> assertThat(stored.actualAt()).isNotNull());
        // One key, one partition, published in order: a warning would come before the breach and the outcome.
        List<ConsumerRecord<String, String>> published = KAFKA.awaitRecords(TOPIC, r -> visit.equals(r.key()), 2,
                PATIENCE);
        assertThat(published).extracting(r -> EventCodec.decode(r.value()).type())
                .containsExactly(ReturnVisitEvents.BREACHED.type(), ReturnVisitEvents.RECORDED.type());
    }

    private UUID closeTicket(String organisation, String serial, Instant closedAt) {
        UUID ticket = UUID.randomUUID();
        publish(created(ticket, organisation, serial));
        publish(closed(ticket, organisation, closedAt));
        return ticket;
    }

    private static CloudEvent<TicketCreated> created(UUID ticket, String organisation, String serial) {
        Instant now = Instant.now();
        return CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(), now,
                new TicketCreated(ticket, organisation, serial, FaultLevel.MINOR, "异响",
                        new Contact("赵工", "+86 10 1234 5678", null, null), "agent", now, "FAULT", null, null));
    }

    private static CloudEvent<TicketStatusChanged> closed(UUID ticket, String organisation, Instant at) {
        return CloudEvent.of(TicketEvents.CLOSED, "/ticket-service", ticket.toString(), at,
                new TicketStatusChanged(ticket, organisation, "CLOSE", "CONFIRMED", "CLOSED", null, "agent", at,
                        "engineer", null));
    }

    private static void publish(CloudEvent<?> event) {
        KAFKA.publish(TicketEvents.CREATED, event);
    }

    private static UUID activateContract(String organisation, List<String> serials,
            ContractActivated.TimeTarget within) {
        UUID id = UUID.randomUUID();
        ContractActivated activated = new ContractActivated(id, "HT-RV-" + id.toString().substring(0, 6),
                organisation, serials, null, null, "test-commitment", 1,
                new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN"), List.of(),
                List.of(), List.of(), null,
                List.of(new ContractActivated.ReturnVisitTerm("SERVICE_CLOSED", within, null, false)),
                Instant.now(), List.of(), List.of(), null, null, null, null, null);
        KAFKA.publish(ContractEvents.ACTIVATED,
                CloudEvent.of(ContractEvents.ACTIVATED, "/warranty-service", id.toString(), Instant.now(), activated));
        return id;
    }

    private static void terminate(UUID contract, String organisation) {
        KAFKA.publish(ContractEvents.TERMINATED, CloudEvent.of(ContractEvents.TERMINATED, "/warranty-service",
                contract.toString(), Instant.now(), new ContractTerminated(contract, organisation,
                        LocalDate.now(), "test", "manager", Instant.now())));
    }

    private String promiseFor(String organisation, String serial) {
        return QuarkusTransaction.requiringNew().call(() -> contracts.promiseFor(organisation, serial).text());
    }

    private List<DeadlineBreach> breachesOf(String visit) {
        return QuarkusTransaction.requiringNew().call(() -> deadlines.breachesOf(visit));
    }

    private DeadlineState deadlineState(String visit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> deadlines.find(ReturnVisits.DEADLINE_KIND, visit).orElseThrow().state());
    }

    private static JsonPath awaitVisit(TestCaller who, UUID ticket) {
        await().atMost(PATIENCE).until(() -> !visitsOf(who, ticket).isEmpty());
        return given().auth().oauth2(who.token()).when().get("/api/v1/return-visits?size=500")
                .then().statusCode(200).extract().jsonPath()
                .setRootPath("items.find { it.ticketId == '%s' }".formatted(ticket));
    }

    private static List<Map<String, Object>> visitsOf(TestCaller who, UUID ticket) {
        return given().auth().oauth2(who.token()).when().get("/api/v1/return-visits?size=500")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.ticketId == '%s' }".formatted(ticket));
    }

    private static List<String> ticketsListed(TestCaller who, String query) {
        return given().auth().oauth2(who.token()).when().get("/api/v1/return-visits" + query)
                .then().statusCode(200).extract().jsonPath().getList("items.ticketId");
    }

    private static Response outcome(TestCaller who, String visit, Map<String, Object> body) {
        return given().auth().oauth2(who.token()).contentType("application/json").body(body)
                .when().post("/api/v1/return-visits/{id}/outcome", visit);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
