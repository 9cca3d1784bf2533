package org.aftersales.parts.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.parts.Fixtures;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.testing.ServiceTestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ledger against the real database: from a starting stock, a movement is applied by its rule or refused whole
 * (409 naming the shortage, nothing written), and the stock levels stay the sum of the entries.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class LedgerTest {

    @Inject
    Ledger ledger;

    @Inject
    Reconciliation reconciliation;

    @ParameterizedTest(name = "{0} on hand, {1} reserved, {2} in transit; {3} of {4} -> {5}")
    @CsvSource({
        // on hand, reserved, in transit, kind, quantity, applied, on hand, reserved, in transit after
        "0, 0, 0, RECEIPT,             5, true,  5, 0, 0",
        "5, 0, 0, RESERVATION,         5, true,  5, 5, 0",
        "5, 2, 0, RESERVATION,         4, false, 5, 2, 0",
        "0, 0, 0, RESERVATION,         1, false, 0, 0, 0",
        "5, 2, 0, RELEASE,             2, true,  5, 0, 0",
        "5, 2, 0, RELEASE,             3, false, 5, 2, 0",
        "5, 2, 0, ISSUE,               2, true,  3, 0, 0",
        "5, 0, 0, ISSUE,               1, false, 5, 0, 0",
        "5, 2, 0, CONSUMPTION,         2, true,  5, 2, 0",
        "5, 2, 0, RETURN,              1, true,  6, 2, 0",
        "5, 2, 0, TRANSFER_OUT,        3, true,  2, 2, 0",
        "5, 2, 0, TRANSFER_OUT,        4, false, 5, 2, 0",
        "0, 0, 0, TRANSFER_DISPATCHED, 3, true,  0, 0, 3",
        "0, 0, 3, TRANSFER_IN,         3, true,  3, 0, 0",
        "0, 0, 2, TRANSFER_IN,         3, false, 0, 0, 2",
        "5, 2, 0, ADJUSTMENT_UP,       1, true,  6, 2, 0",
        "5, 2, 0, ADJUSTMENT_DOWN,     3, true,  2, 2, 0",
        "5, 2, 0, ADJUSTMENT_DOWN,     4, false, 5, 2, 0",
        "5, 2, 0, SCRAP,               4, false, 5, 2, 0",
        "5, 0, 0, SCRAP,               5, true,  0, 0, 0",
    })
    void a_movement_applies_by_its_rule_or_is_refused_whole(int onHand, int reserved, int inTransit,
            MovementKind kind, int quantity, boolean applied, int onHandAfter, int reservedAfter,
            int inTransitAfter) {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        start(part, warehouse, MovementKind.RECEIPT, onHand);
        start(part, warehouse, MovementKind.RESERVATION, reserved);
        start(part, warehouse, MovementKind.TRANSFER_DISPATCHED, inTransit);

        Movement movement = Movement.of(part, warehouse, kind, quantity, "test", "parts", Instant.now());
        if (applied) {
            QuarkusTransaction.requiringNew().run(() -> ledger.record(movement));
        } else {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ledger.record(movement)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        }

        Stock after = QuarkusTransaction.requiringNew().call(() -> ledger.stock(part, warehouse));
        assertThat(after).isEqualTo(new Stock(onHandAfter, reservedAfter, inTransitAfter));
        assertThat(QuarkusTransaction.requiringNew().call(() -> reconciliation.run()).balanced()).isTrue();
    }

    private void start(String part, UUID warehouse, MovementKind kind, int quantity) {
        if (quantity > 0) {
            QuarkusTransaction.requiringNew().run(() -> ledger.record(Movement.of(part, warehouse, kind, quantity,
                    "start", "parts", Instant.now())));
        }
    }
}
