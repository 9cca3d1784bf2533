package org.aftersales.parts.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftersales.events.parts.StockBelowMinimum;
import org.aftersales.events.parts.StockEvents;
import org.aftersales.platform.outbox.Outbox;

/**
 * Minimum stock (最低库存) per part and location. After every movement the {@link Ledger} asks it to compare the
 * available stock with the minimum: falling below raises one reorder alert (补货预警, with the quantity that brings it
 * back to the minimum) and publishes {@code aftersales.stock.below-minimum.v1}; rising to it again clears the alert.
 */
@ApplicationScoped
public class MinimumStock {

    private final EntityManager entityManager;
    private final Outbox outbox;

    MinimumStock(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** Sets (or changes) the minimum, and checks the stock against it at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void set(String partNumber, UUID warehouseId, int minimum, String by, Stock stock) {
        entityManager.createNativeQuery("""
                        insert into minimum_stock (part_number, warehouse_id, minimum, set_by, set_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (part_number, warehouse_id) do update
                        set minimum = excluded.minimum, set_by = excluded.set_by, set_at = excluded.set_at""")
                .setParameter(1, partNumber)
                .setParameter(2, warehouseId)
                .setParameter(3, minimum)
                .setParameter(4, by)
                .setParameter(5, Timestamp.from(Instant.now()))
                .executeUpdate();
        check(partNumber, warehouseId, () -> stock);
    }

    /** Compares the available stock with the minimum, if the location has one for the part. */
    @Transactional(Transactional.TxType.MANDATORY)
    void check(String partNumber, UUID warehouseId, Supplier<Stock> current) {
        @SuppressWarnings("unchecked")
        List<Number> minimums = entityManager.createNativeQuery(
                        "select minimum from minimum_stock where part_number = ?1 and warehouse_id = ?2")
                .setParameter(1, partNumber)
                .setParameter(2, warehouseId)
                .getResultList();
        if (minimums.isEmpty()) {
            return;
        }
        int minimum = minimums.getFirst().intValue();
        Stock stock = current.get();
        Instant now = Instant.now();
        if (stock.available() >= minimum) {
            entityManager.createNativeQuery("""
                            update reorder_alert set cleared_at = ?3
                            where part_number = ?1 and warehouse_id = ?2 and cleared_at is null""")
                    .setParameter(1, partNumber)
                    .setParameter(2, warehouseId)
                    .setParameter(3, Timestamp.from(now))
                    .executeUpdate();
            return;
        }
        UUID alert = UUID.randomUUID();
        int suggested = minimum - stock.available();
        int raised = entityManager.createNativeQuery("""
                        insert into reorder_alert (id, part_number, warehouse_id, available, minimum,
                            suggested_quantity, raised_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                .setParameter(1, alert)
                .setParameter(2, partNumber)
                .setParameter(3, warehouseId)
                .setParameter(4, stock.available())
                .setParameter(5, minimum)
                .setParameter(6, suggested)
                .setParameter(7, Timestamp.from(now))
                .executeUpdate();
        if (raised == 1) {
            outbox.append(StockEvents.BELOW_MINIMUM, warehouseId + "/" + partNumber, now, new StockBelowMinimum(alert,
                    partNumber, warehouseId, stock.available(), minimum, suggested, now));
        }
    }

    /** The open reorder alerts, oldest first. */
    public List<StockViews.ReorderAlert> openAlerts() {
        return ReorderAlert.<ReorderAlert>list("clearedAt is null order by raisedAt, id").stream()
                .map(a -> new StockViews.ReorderAlert(a.id, a.partNumber, a.warehouseId, a.available, a.minimum,
                        a.suggestedQuantity, a.raisedAt)).toList();
    }
}
