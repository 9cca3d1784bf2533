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
import org.aftersales.testing.ServiceTestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unit rules against the real database (ADR 0035): a ledger entry of a serial-tracked part moves the unit it
 * names by its kind's rule — from the states the rule allows, at the entry's location where it says so, of the
 * entry's reservation or transfer — or the whole entry is refused (409 UNIT_UNAVAILABLE) and nothing changes; the
 * units agree with the ledger after each.
 *
 * <p>Both locations hold two other units in stock and one reservation naming no unit, so the stock level allows each
 * entry and only the unit decides. The unit starts at the location called here (IN_TRANSIT: on its way there from
 * the other one); {@code same} says whether the entry belongs to the unit's reservation or transfer. A TRANSFER_OUT
 * row sends the unit to the other location: TRANSFER_OUT here and TRANSFER_DISPATCHED there, as a transfer does.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class StockUnitTest {

    static final String SERIAL = "SN-UNIT-1";

    @Inject
    Ledger ledger;

    @Inject
    Reconciliation reconciliation;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @ParameterizedTest(name = "{0} unit; {1} {2}, same {3} -> {4} {5} at {6}")
    @CsvSource({
        // unit before, kind,  where,  same, applied, unit after, where after
        "NONE,       RECEIPT,         HERE,  false, true,  IN_STOCK,   HERE",
        "IN_STOCK,   RECEIPT,         HERE,  false, false, IN_STOCK,   HERE",
        "IN_STOCK,   RECEIPT,         OTHER, false, false, IN_STOCK,   HERE",
        "ISSUED,     RECEIPT,         HERE,  false, false, ISSUED,     HERE",
        "LENT,       RECEIPT,         OTHER, false, false, LENT,       HERE",
        "CONSUMED,   RECEIPT,         OTHER, false, true,  IN_STOCK,   OTHER",
        "SCRAPPED,   RECEIPT,         HERE,  false, true,  IN_STOCK,   HERE",
        "MISSING,    ADJUSTMENT_UP,   HERE,  false, true,  IN_STOCK,   HERE",
        "RESERVED,   ADJUSTMENT_UP,   HERE,  false, false, RESERVED,   HERE",
        "IN_STOCK,   RESERVATION,     HERE,  false, true,  RESERVED,   HERE",
        "IN_STOCK,   RESERVATION,     OTHER, false, false, IN_STOCK,   HERE",
        "RESERVED,   RESERVATION,     HERE,  false, false, RESERVED,   HERE",
        "RESERVED,   RELEASE,         HERE,  true,  true,  IN_STOCK,   HERE",
        "RESERVED,   RELEASE,         HERE,  false, false, RESERVED,   HERE",
        "IN_STOCK,   ISSUE,           HERE,  false, true,  ISSUED,     HERE",
        "IN_STOCK,   ISSUE,           OTHER, false, false, IN_STOCK,   HERE",
        "RESERVED,   ISSUE,           HERE,  true,  true,  ISSUED,     HERE",
        "RESERVED,   ISSUE,           HERE,  false, false, RESERVED,   HERE",
        "ISSUED,     ISSUE,           HERE,  true,  false, ISSUED,     HERE",
        "ISSUED,     CONSUMPTION,     HERE,  true,  true,  CONSUMED,   HERE",
        "ISSUED,     CONSUMPTION,     HERE,  false, false, ISSUED,     HERE",
        "ISSUED,     RETURN,          HERE,  true,  true,  IN_STOCK,   HERE",
        "ISSUED,     RETURN,          HERE,  false, false, ISSUED,     HERE",
        "IN_STOCK,   RETURN,          HERE,  false, false, IN_STOCK,   HERE",
        "IN_STOCK,   TRANSFER_OUT,    HERE,  false, true,  IN_TRANSIT, OTHER",
        "RESERVED,   TRANSFER_OUT,    HERE,  false, false, RESERVED,   HERE",
        "IN_TRANSIT, TRANSFER_IN,     HERE,  true,  true,  IN_STOCK,   HERE",
        "IN_TRANSIT, TRANSFER_IN,     HERE,  false, false, IN_TRANSIT, HERE",
        "IN_STOCK,   ADJUSTMENT_DOWN, HERE,  false, true,  MISSING,    HERE",
        "RESERVED,   ADJUSTMENT_DOWN, HERE,  false, false, RESERVED,   HERE",
        "IN_STOCK,   SCRAP,           HERE,  false, true,  SCRAPPED,   HERE",
        "IN_STOCK,   SCRAP,           OTHER, false, false, IN_STOCK,   HERE",
        "RESERVED,   SCRAP,           HERE,  false, false, RESERVED,   HERE",
        "IN_STOCK,   LOAN_OUT,        HERE,  false, true,  LENT,       HERE",
        "LENT,       LOAN_OUT,        HERE,  false, false, LENT,       HERE",
        "LENT,       LOAN_BACK,       OTHER, false, true,  IN_STOCK,   OTHER",
        "IN_STOCK,   LOAN_BACK,       HERE,  false, false, IN_STOCK,   HERE",
    })
    void a_unit_moves_by_its_kinds_rule_or_the_entry_is_refused_whole(String before, MovementKind kind, Where where,
            boolean same, boolean applied, UnitState after, Where whereAfter) {
        String part = Fixtures.part(true);
        UUID a = Fixtures.warehouse();
        UUID b = Fixtures.warehouse();
        for (UUID warehouse : new UUID[] {a, b}) {
            record(part, warehouse, MovementKind.RECEIPT, null, null, "FILLER-" + warehouse + "-1");
            record(part, warehouse, MovementKind.RECEIPT, null, null, "FILLER-" + warehouse + "-2");
            record(part, warehouse, MovementKind.RESERVATION, UUID.randomUUID(), null, null);
        }
        UUID reservation = UUID.randomUUID();
        UUID transfer = UUID.randomUUID();
        UUID here = before.equals("IN_TRANSIT") ? b : a;
        UUID other = here.equals(a) ? b : a;
        start(part, before, a, b, reservation, transfer);

        UUID at = where == Where.HERE ? here : other;
        UUID ofReservation = same ? reservation : UUID.randomUUID();
        UUID ofTransfer = same ? transfer : UUID.randomUUID();
        Runnable entry = () -> QuarkusTransaction.requiringNew().run(() -> {
            ledger.record(new Movement(part, at, kind, 1, null, ofReservation, ofTransfer, SERIAL, "test", "parts",
                    Instant.now()));
            if (kind == MovementKind.TRANSFER_OUT) {
                ledger.record(new Movement(part, other, MovementKind.TRANSFER_DISPATCHED, 1, null, null, ofTransfer,
                        SERIAL, "test", "parts", Instant.now()));
            }
        });
        if (applied) {
            entry.run();
        } else {
            assertThatThrownBy(entry::run).isInstanceOfSatisfying(StockRefusal.class, refusal -> {
                assertThat(refusal.reason()).isEqualTo(StockRefusal.Reason.UNIT_UNAVAILABLE);
                assertThat(refusal.errors()).extracting(e -> e.field()).containsExactly("serialNumber");
            });
        }

        Object[] unit = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select state, warehouse_id from stock_unit where part_number = ?1 and serial_number = ?2")
                .setParameter(1, part).setParameter(2, SERIAL).getSingleResult());
        assertThat(unit[0]).isEqualTo(after.name());
        assertThat(unit[1]).isEqualTo(whereAfter == Where.HERE ? here : other);
        assertThat(QuarkusTransaction.requiringNew().call(() -> reconciliation.run()).unitDifferences()).isEmpty();
    }

    enum Where { HERE, OTHER }

    /** Brings the unit to {@code state} through the ledger, at {@code a} (IN_TRANSIT: from {@code a} to {@code b}). */
    private void start(String part, String state, UUID a, UUID b, UUID reservation, UUID transfer) {
        if (state.equals("NONE")) {
            return;
        }
        record(part, a, MovementKind.RECEIPT, null, null, SERIAL);
        switch (UnitState.valueOf(state)) {
            case IN_STOCK -> {
            }
            case RESERVED -> record(part, a, MovementKind.RESERVATION, reservation, null, SERIAL);
            case ISSUED -> {
                record(part, a, MovementKind.RESERVATION, reservation, null, SERIAL);
                record(part, a, MovementKind.ISSUE, reservation, null, SERIAL);
            }
            case CONSUMED -> {
                record(part, a, MovementKind.RESERVATION, reservation, null, SERIAL);
                record(part, a, MovementKind.ISSUE, reservation, null, SERIAL);
                record(part, a, MovementKind.CONSUMPTION, reservation, null, SERIAL);
            }
            case IN_TRANSIT -> QuarkusTransaction.requiringNew().run(() -> {
                ledger.record(new Movement(part, a, MovementKind.TRANSFER_OUT, 1, null, null, transfer, SERIAL,
                        "start", "parts", Instant.now()));
                ledger.record(new Movement(part, b, MovementKind.TRANSFER_DISPATCHED, 1, null, null, transfer,
                        SERIAL, "start", "parts", Instant.now()));
            });
            case LENT -> record(part, a, MovementKind.LOAN_OUT, null, null, SERIAL);
            case SCRAPPED -> record(part, a, MovementKind.SCRAP, null, null, SERIAL);
            case MISSING -> record(part, a, MovementKind.ADJUSTMENT_DOWN, null, null, SERIAL);
        }
    }

    private void record(String part, UUID warehouse, MovementKind kind, UUID reservation, UUID transfer,
            String serial) {
        QuarkusTransaction.requiringNew().run(() -> ledger.record(new Movement(part, warehouse, kind, 1, null,
                reservation, transfer, serial, "start", "parts", Instant.now())));
    }
}
