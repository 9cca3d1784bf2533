package org.aftersales.notification.returnvisit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.contract.ContractTerminated;
import org.aftersales.events.customer.CustomerChanged;
import org.aftersales.events.customer.CustomerEvents;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.platform.deadline.Deadline;
import org.aftersales.platform.deadline.DeadlineState;
import org.aftersales.platform.deadline.Deadlines;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * Periodic return visits (定期回访, seed 001: 3 times a year; key customers at least yearly) from contract and customer
 * archive events on the real broker: one visit per period still to come, each a kit deadline due at the end of its
 * period, key-customer terms following the archive's flag, and the two event streams racing without losing a visit.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class PeriodicReturnVisitTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    Deadlines deadlines;

    @Test
    void a_contract_visited_three_times_a_year_owes_one_visit_in_each_period_still_to_come() {
        String organisation = "dealer-a/customer-pv-" + suffix();
        LocalDate today = LocalDate.now(CHINA);
        LocalDate startsOn = today.minusMonths(5);
        UUID contract = activate(organisation, startsOn, startsOn.plusYears(1).minusDays(1),
                new ContractActivated.ReturnVisitTerm("PERIODIC", null, 3, false));

        List<Map<String, Object>> visits = awaitVisits(contract, 2);
        assertThat(visits).extracting(v -> v.get("reason")).containsOnly("PERIODIC");
        assertThat(visits).extracting(v -> v.get("periodStartsOn"))
                .as("the first period ended before the contract reached the service: it is not owed any more")
                .containsExactly(startsOn.plusMonths(4).toString(), startsOn.plusMonths(8).toString());
        assertThat(visits).extracting(v -> v.get("periodEndsOn")).containsExactly(
                startsOn.plusMonths(8).minusDays(1).toString(), startsOn.plusYears(1).minusDays(1).toString());
        for (Map<String, Object> visit : visits) {
            Instant due = LocalDate.parse((String) visit.get("periodEndsOn")).plusDays(1).atStartOfDay(CHINA)
                    .toInstant();
            assertThat(Instant.parse((String) visit.get("dueAt"))).isEqualTo(due);
            Deadline deadline = deadline((String) visit.get("id"));
            assertThat(deadline.dueAt()).isEqualTo(due);
            assertThat(deadline.state()).isEqualTo(DeadlineState.RUNNING);
            assertThat(visit.get("ticketId")).isNull();
            assertThat(visit.get("contractId")).isEqualTo(contract.toString());
        }

        // Activated again (a new event, not a redelivery, which the inbox drops): nothing is scheduled twice.
        UUID again = activate(contract, organisation, startsOn, startsOn.plusYears(1).minusDays(1),
                new ContractActivated.ReturnVisitTerm("PERIODIC", null, 3, false));
        awaitApplied(again);
        assertThat(visitsOf(contract)).hasSize(2);
    }

    @Test
    void a_key_customer_term_follows_the_archives_flag_and_ignores_an_older_version() {
        String organisation = "dealer-a/customer-pk-" + suffix();
        LocalDate today = LocalDate.now(CHINA);
        UUID contract = activate(organisation, today.minusMonths(1), today.plusYears(2).minusMonths(1).minusDays(1),
                new ContractActivated.ReturnVisitTerm("PERIODIC", null, 1, true),
                new ContractActivated.ReturnVisitTerm("PERIODIC", null, 3, false));
        List<Map<String, Object>> everyone = awaitVisits(contract, 6);
        assertThat(everyone).extracting(v -> v.get("periodStartsOn")).doesNotHaveDuplicates();

        customer(organisation, true, 0);
        List<Map<String, Object>> withKey = awaitVisits(contract, 8);
        assertThat(withKey).filteredOn(v -> "OPEN".equals(v.get("state"))).hasSize(8);

        customer(organisation, false, 1);
        await().atMost(PATIENCE).until(() -> visitsOf(contract).stream()
                .filter(v -> "CANCELLED".equals(v.get("state"))).count() == 2);
        awaitApplied(customer(organisation, true, 0)); // older than the kept version 1: changes nothing
        List<Map<String, Object>> after = visitsOf(contract);
        assertThat(after).filteredOn(v -> "OPEN".equals(v.get("state"))).hasSize(6);
        assertThat(after).filteredOn(v -> "CANCELLED".equals(v.get("state")))
                .allSatisfy(v -> assertThat(deadline((String) v.get("id")).state())
                        .isEqualTo(DeadlineState.CANCELLED));

        customer(organisation, true, 2);
        await().atMost(PATIENCE).until(() -> visitsOf(contract).stream()
                .filter(v -> "OPEN".equals(v.get("state"))).count() == 8);
    }

    @Test
    void contracts_and_key_customer_flags_arriving_together_schedule_every_visit_once() throws Exception {
        int organisations = 24;
        LocalDate today = LocalDate.now(CHINA);
        List<String> names = new ArrayList<>();
        List<UUID> contracts = new ArrayList<>();
        for (int i = 0; i < organisations; i++) {
            names.add("dealer-a/customer-race-" + suffix() + "-" + i);
            contracts.add(UUID.randomUUID());
        }
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> contractStream = CompletableFuture.runAsync(() -> {
            awaitQuietly(start);
            for (int i = 0; i < organisations; i++) {
                activate(contracts.get(i), names.get(i), today, today.plusYears(2).minusDays(1),
                        new ContractActivated.ReturnVisitTerm("PERIODIC", null, 1, true));
            }
        });
        CompletableFuture<Void> customerStream = CompletableFuture.runAsync(() -> {
            awaitQuietly(start);
            for (int i = 0; i < organisations; i++) {
                customer(names.get(i), true, 0);
            }
        });
        start.countDown();
        CompletableFuture.allOf(contractStream, customerStream).get();

        for (UUID contract : contracts) {
            List<Map<String, Object>> visits = awaitVisits(contract, 2);
            assertThat(visits).extracting(v -> v.get("periodStartsOn"))
                    .containsExactly(today.toString(), today.plusYears(1).toString());
        }
    }

    @Test
    void a_terminated_contract_owes_no_visit_of_a_period_after_its_last_day() {
        String organisation = "dealer-a/customer-pt-" + suffix();
        LocalDate today = LocalDate.now(CHINA);
        UUID contract = activate(organisation, today, today.plusYears(1).minusDays(1),
                new ContractActivated.ReturnVisitTerm("PERIODIC", null, 4, false));
        awaitVisits(contract, 4);

        LocalDate lastDay = today.plusMonths(4);
        KAFKA.publish(ContractEvents.TERMINATED, CloudEvent.of(ContractEvents.TERMINATED, "/warranty-service",
                contract.toString(), Instant.now(), new ContractTerminated(contract, organisation, lastDay, "test",
                        "manager", Instant.now())));
        await().atMost(PATIENCE).until(() -> visitsOf(contract).stream()
                .filter(v -> "CANCELLED".equals(v.get("state"))).count() == 2);
        assertThat(visitsOf(contract)).filteredOn(v -> "OPEN".equals(v.get("state")))
                .extracting(v -> v.get("periodStartsOn"))
                .containsExactly(today.toString(), today.plusMonths(3).toString());
    }

    @Test
    void a_periodic_visit_is_recorded_without_a_ticket_follow_up_and_a_cancelled_one_is_409() {
        String organisation = "dealer-a/customer-po-" + suffix();
        LocalDate today = LocalDate.now(CHINA);
        UUID contract = activate(organisation, today, today.plusYears(1).minusDays(1),
                new ContractActivated.ReturnVisitTerm("PERIODIC", null, 2, true));
        customer(organisation, true, 0);
        List<Map<String, Object>> visits = awaitVisits(contract, 2);
        String first = (String) visits.get(0).get("id");
        String second = (String) visits.get(1).get("id");

        for (String followUp : List.of("COMPLAINT", "REOPEN_TICKET")) {
            outcome(first, Map.of("reached", true, "satisfied", false, "followUp", followUp))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("followUp"));
        }
        outcome(first, Map.of("reached", true, "satisfied", true, "followUp", "NONE",
                "customerWords", "设备运行良好")).then().statusCode(200).body("state", equalTo("RECORDED"));
        assertThat(deadline(first).state()).isEqualTo(DeadlineState.MET);

        customer(organisation, false, 1);
        await().atMost(PATIENCE).until(() -> visitsOf(contract).stream()
                .anyMatch(v -> second.equals(v.get("id")) && "CANCELLED".equals(v.get("state"))));
        outcome(second, Map.of("reached", true, "satisfied", true, "followUp", "NONE"))
                .then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/return-visits?reason=PERIODIC&size=500")
                .then().statusCode(200).body("items.reason", org.hamcrest.Matchers.everyItem(equalTo("PERIODIC")));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/return-visits?reason=YEARLY")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/return-visits?state=GONE")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static UUID activate(String organisation, LocalDate startsOn, LocalDate endsOn,
            ContractActivated.ReturnVisitTerm... terms) {
        UUID id = UUID.randomUUID();
        activate(id, organisation, startsOn, endsOn, terms);
        return id;
    }

    /** Publishes the contract's activation; returns the event's id. */
    private static UUID activate(UUID id, String organisation, LocalDate startsOn, LocalDate endsOn,
            ContractActivated.ReturnVisitTerm... terms) {
        ContractActivated activated = new ContractActivated(id, "HT-PV-" + id.toString().substring(0, 6),
                organisation, List.of(), startsOn, endsOn, "test-commitment", 1,
                new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN"), List.of(),
                List.of(), List.of(), null, List.of(terms), Instant.now(), List.of(), List.of(), null, null, null,
                null, null);
        CloudEvent<ContractActivated> event = CloudEvent.of(ContractEvents.ACTIVATED, "/warranty-service",
                id.toString(), Instant.now(), activated);
        KAFKA.publish(ContractEvents.ACTIVATED, event);
        return event.id();
    }

    /** Publishes the archive's record of the organisation; returns the event's id. */
    private static UUID customer(String organisation, boolean key, long version) {
        CustomerChanged changed = new CustomerChanged(UUID.nameUUIDFromBytes(organisation.getBytes()), organisation,
                "某某医院", null, key, List.of(new CustomerChanged.Contact("王工", "设备科", "+86 138 0000 0000",
                        "wang@hospital.example.cn", null)), version, "agent", Instant.now());
        var type = version == 0 ? CustomerEvents.REGISTERED : CustomerEvents.UPDATED;
        CloudEvent<CustomerChanged> event = CloudEvent.of(type, "/warranty-service", changed.customerId().toString(),
                Instant.now(), changed);
        KAFKA.publish(type, event);
        return event.id();
    }

    /** Waits until the service applied the event (its inbox recorded it). */
    private static void awaitApplied(UUID event) {
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> !ReturnVisit
                .getEntityManager().createNativeQuery("select 1 from processed_event where event_id = ?1")
                .setParameter(1, event).getResultList().isEmpty()));
    }

    private static List<Map<String, Object>> awaitVisits(UUID contract, int count) {
        await().atMost(PATIENCE).until(() -> visitsOf(contract).size() >= count);
        List<Map<String, Object>> visits = visitsOf(contract);
        assertThat(visits).hasSize(count);
        return visits;
    }

    /** The contract's visits, in their periods' order. */
    private static List<Map<String, Object>> visitsOf(UUID contract) {
        List<Map<String, Object>> visits = new ArrayList<>(given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get("/api/v1/return-visits?reason=PERIODIC&size=500")
                .then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items.findAll { it.contractId == '%s' }".formatted(contract)));
        visits.sort((a, b) -> ((String) a.get("periodStartsOn")).compareTo((String) b.get("periodStartsOn")));
        return visits;
    }

    private static io.restassured.response.Response outcome(String visit, Map<String, Object> body) {
        return given().auth().oauth2(TestCaller.AGENT.token()).contentType("application/json").body(body)
                .when().post("/api/v1/return-visits/{id}/outcome", visit);
    }

    private Deadline deadline(String visit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> deadlines.find(ReturnVisits.DEADLINE_KIND, visit).orElseThrow());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
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
