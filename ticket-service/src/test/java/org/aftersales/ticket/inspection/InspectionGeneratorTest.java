package org.aftersales.ticket.inspection;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.inspection.InspectionFixtures.CUSTOMER_A;
import static org.aftersales.ticket.inspection.InspectionFixtures.every;
import static org.aftersales.ticket.inspection.InspectionFixtures.inMonths;
import static org.aftersales.ticket.inspection.InspectionFixtures.serial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.aftersales.events.EventCodec;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.ticket.InspectionDue;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** Planned inspections get their tickets ahead of their dates, once each, whoever runs the generator. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class InspectionGeneratorTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @Inject
    InspectionGenerator generator;

    @Inject
    InspectionFixtures fixtures;

    @Test
    void occurrences_within_the_lead_time_get_one_ticket_each_with_an_event_and_a_second_run_creates_nothing()
            throws Exception {
        String accepted = serial("GEN-A");
        String notInInstalledBase = serial("GEN-B");
        String replaced = serial("GEN-C");
        String transferred = serial("GEN-D");
        UUID contract = fixtures.contract(CUSTOMER_A, List.of(accepted, notInInstalledBase, replaced, transferred),
                LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31"),
                List.of(inMonths("quarterly", List.of(3, 6, 9, 12), 15), every("monthly", 1)), null);
        fixtures.device(accepted, CUSTOMER_A, LocalDate.parse("2027-01-20"), null);
        fixtures.device(replaced, CUSTOMER_A, null, serial("GEN-NEW"));
        fixtures.device(transferred, "dealer-b/customer-b", null, null);
        // 10:00 on 5 March 2027 in Shanghai: the window is 19 February to 19 March.
        Instant now = Instant.parse("2027-03-05T02:00:00Z");

        generator.generate(now);

        assertThat(fixtures.inspections(contract)).containsExactly(
                accepted + " monthly 2027-02-20",
                accepted + " quarterly 2027-03-15",
                notInInstalledBase + " monthly 2027-03-01",
                notInInstalledBase + " quarterly 2027-03-15");
        assertThat(generator.generate(now)).isZero();
        assertThat(generator.generate(now.plus(Duration.ofHours(3)))).isZero();
        assertThat(fixtures.inspections(contract)).hasSize(4);

        Set<String> tickets = fixtures.ticketIds(contract).stream().map(UUID::toString).collect(Collectors.toSet());
        List<InspectionDue> due = KAFKA.awaitRecords(TicketEvents.INSPECTION_DUE.topic(),
                        r -> tickets.contains(r.key()), 4, Duration.ofSeconds(60)).stream()
                .map(r -> EventCodec.payload(EventCodec.decode(r.value()), TicketEvents.INSPECTION_DUE)).toList();
        assertThat(due).extracting(d -> d.deviceSerial() + " " + d.scheduleName() + " " + d.dueOn())
                .containsExactlyInAnyOrderElementsOf(fixtures.inspections(contract));
        assertThat(due).allSatisfy(d -> {
            assertThat(d.contractId()).isEqualTo(contract);
            assertThat(d.customerOrganisation()).isEqualTo(CUSTOMER_A);
            assertThat(d.occasion()).isNull();
        });
        InspectionDue quarterly = due.stream()
                .filter(d -> d.deviceSerial().equals(accepted) && d.scheduleName().equals("quarterly")).findFirst()
                .orElseThrow();
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/tickets/{id}", quarterly.ticketId())
                .then().statusCode(200)
                .body("status", equalTo("NEW"))
                .body("faultLevel", nullValue())
                .body("deviceKnown", equalTo(true))
                .body("contractId", equalTo(contract.toString()))
                .body("createdBy", equalTo(InspectionGenerator.PLANNER));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/tickets/{id}/inspection", quarterly.ticketId())
                .then().statusCode(200)
                .body("scheduleName", equalTo("quarterly"))
                .body("dueOn", equalTo("2027-03-15"))
                .body("occasion", nullValue())
                .body("record", nullValue())
                .body("reportWithin.workingDays", equalTo(3))
                .body("reportDueAt", nullValue());
    }

    @Test
    void two_replicas_running_at_once_open_each_occurrence_once() throws Exception {
        List<String> serials = List.of(serial("RACE"), serial("RACE"), serial("RACE"));
        UUID contract = fixtures.contract(CUSTOMER_A, serials, LocalDate.parse("2028-01-01"), null,
                List.of(every("monthly", 1)), null);
        Instant now = Instant.parse("2028-05-25T00:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService twoReplicas = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> runs = List.of(1, 2).stream()
                    .map(replica -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return generator.generate(now);
                    }, twoReplicas))
                    .toList();
            start.countDown();
            runs.forEach(CompletableFuture::join);
        } finally {
            twoReplicas.shutdown();
        }

        assertThat(fixtures.inspections(contract)).containsExactlyInAnyOrderElementsOf(
                serials.stream().map(s -> s + " monthly 2028-06-01").toList());
        assertThat(fixtures.inspectionTickets(serials)).isEqualTo(3);
        Set<String> tickets = fixtures.ticketIds(contract).stream().map(UUID::toString).collect(Collectors.toSet());
        assertThat(KAFKA.awaitRecords(TicketEvents.INSPECTION_DUE.topic(), r -> tickets.contains(r.key()), 3,
                Duration.ofSeconds(60))).hasSize(3);
    }

    @Test
    void a_contract_whose_schedules_cannot_be_planned_is_skipped_and_the_others_are_not() throws Exception {
        String broken = serial("BROKEN");
        String fine = serial("FINE");
        UUID brokenContract = fixtures.contract(CUSTOMER_A, List.of(broken), LocalDate.parse("2029-01-01"),
                LocalDate.parse("2029-12-31"), List.of(new ContractActivated.InspectionSchedule("never", 0, List.of(),
                        0, "P0D", null)), null);
        UUID fineContract = fixtures.contract(CUSTOMER_A, List.of(fine), LocalDate.parse("2029-01-01"),
                LocalDate.parse("2029-12-31"), List.of(every("monthly", 1)), null);

        generator.generate(Instant.parse("2029-06-10T00:00:00Z"));

        assertThat(fixtures.inspections(brokenContract)).isEmpty();
        assertThat(fixtures.inspections(fineContract)).containsExactly(fine + " monthly 2029-06-01");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
