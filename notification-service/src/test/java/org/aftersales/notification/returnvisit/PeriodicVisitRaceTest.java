package org.aftersales.notification.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.customer.CustomerChanged;
import org.aftersales.notification.NotificationTestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A contract's key-customer term and the archive's key-customer flag applied by two transactions at once, whichever
 * starts first: the first holds its transaction open until the second has either finished or is seen waiting for the
 * organisation's lock in {@code pg_locks}. Without that lock each would miss the other's uncommitted rows and no visit
 * would be owed.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class PeriodicVisitRaceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ReturnVisits visits;

    @ParameterizedTest(name = "{0} first")
    @ValueSource(strings = {"contract", "customer", "contract", "customer", "contract", "customer", "contract",
            "customer"})
    void an_activation_and_a_key_customer_flag_in_flight_together_owe_the_visits_once(String first) throws Exception {
        String organisation = "dealer-a/customer-lock-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        UUID contract = UUID.randomUUID();
        ContractActivated activated = new ContractActivated(contract, "HT-LOCK", organisation, List.of(), today,
                today.plusYears(2).minusDays(1), "test-commitment", 1,
                new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN"), List.of(),
                List.of(), List.of(), null, List.of(new ContractActivated.ReturnVisitTerm("PERIODIC", null, 1, true)),
                Instant.now(), List.of(), List.of(), null, null, null, null, null);
        CustomerChanged key = new CustomerChanged(UUID.randomUUID(), organisation, "某某医院", null, true, List.of(), 0,
                "agent", Instant.now());
        Runnable contractSide = () -> visits.contractActivated(activated);
        Runnable customerSide = () -> visits.customerChanged(key);
        Runnable firstSide = first.equals("contract") ? contractSide : customerSide;
        Runnable secondSide = first.equals("contract") ? customerSide : contractSide;

        CountDownLatch firstDidItsWork = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            awaitQuietly(firstDidItsWork);
            QuarkusTransaction.requiringNew().run(secondSide);
            secondDone.countDown();
        });
        QuarkusTransaction.requiringNew().run(() -> {
            firstSide.run();
            firstDidItsWork.countDown();
            await().atMost(PATIENCE).until(() -> secondDone.getCount() == 0 || someoneWaitsForAnAdvisoryLock());
        });
        second.get();

        List<ReturnVisit> owed = QuarkusTransaction.requiringNew()
                .call(() -> ReturnVisit.<ReturnVisit>list("contractId = ?1 order by sequence", contract));
        assertThat(owed).extracting(visit -> visit.periodStartsOn).containsExactly(today, today.plusYears(1));
    }

    private static boolean someoneWaitsForAnAdvisoryLock() {
        return QuarkusTransaction.requiringNew().call(() -> !ReturnVisit.getEntityManager()
                .createNativeQuery("select 1 from pg_locks where locktype = 'advisory' and not granted")
                .getResultList().isEmpty());
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
