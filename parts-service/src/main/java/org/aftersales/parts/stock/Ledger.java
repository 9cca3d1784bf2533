package org.aftersales.parts.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.aftersales.parts.catalogue.Part;

/**
 * The stock ledger (库存台账): the only way stock changes. Each movement is one conditional update of its stock
 * level and one ledger entry, in the caller's transaction; the entry is written first, so the stock row is locked only
 * from its update to the commit. The database decides whether the stock is there: the update
 * applies only while it leaves nothing negative and no more reserved than on hand (the same conditions as the
 * table's check constraints), so concurrent requests can never oversell — a request that finds too little changes
 * nothing and is refused with 409 naming the shortage. A location frozen for a stock count (盘点) takes no movement.
 * A movement of a serial-tracked part moves the unit it names, by its kind's rule, in the same transaction
 * ({@link StockUnits}; ADR 0035). A movement that changes what is available is checked against the location's
 * minimum ({@link MinimumStock}).
 */
@ApplicationScoped
public class Ledger {

    private static final String NOT_ENOUGH = "Not enough stock of %s at warehouse %s: %d requested, %d available";
    private static final String NOT_ALLOWED = "The stock of %s at warehouse %s (%s) does not allow %s of %d";

    private final EntityManager entityManager;
    private final MinimumStock minimums;
    private final StockUnits units;

    Ledger(EntityManager entityManager, MinimumStock minimums, StockUnits units) {
        this.entityManager = entityManager;
        this.minimums = minimums;
        this.units = units;
    }

    /**
     * Records the movement and changes the stock (and, for a serial-tracked part, its unit) by its kind's rule, or
     * refuses it with 409 ({@link StockRefusal}) when stock is short, the location is frozen for a count or the unit
     * is not available, and with 400 when a serial-tracked part's movement names no unit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Movement movement) {
        StockChange change = movement.kind().change(movement.quantity());
        entityManager.createNativeQuery("""
                        insert into stock_movement (id, part_number, warehouse_id, kind, quantity, on_hand_change,
                            reserved_change, in_transit_change, ticket_id, reservation_id, transfer_id, serial_number,
                            reason, recorded_by, recorded_at, replenishment_order_id)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, movement.partNumber())
                .setParameter(3, movement.warehouseId())
                .setParameter(4, movement.kind().name())
                .setParameter(5, movement.quantity())
                .setParameter(6, change.onHand())
                .setParameter(7, change.reserved())
                .setParameter(8, change.inTransit())
                .setParameter(9, movement.ticketId())
                .setParameter(10, movement.reservationId())
                .setParameter(11, movement.transferId())
                .setParameter(12, movement.serialNumber())
                .setParameter(13, movement.reason())
                .setParameter(14, movement.recordedBy())
                .setParameter(15, Timestamp.from(movement.recordedAt()))
                .setParameter(16, movement.replenishmentOrderId())
                .executeUpdate();
        if (!applied(movement, change)) {
            if (counting(movement.warehouseId())) {
                throw new StockRefusal(StockRefusal.Reason.STOCK_COUNT, "Warehouse " + movement.warehouseId()
                        + " is frozen for a stock count; its stock moves again once the count is approved");
            }
            Stock stock = stock(movement.partNumber(), movement.warehouseId());
            throw new StockRefusal(StockRefusal.Reason.INSUFFICIENT_STOCK, shortage(movement, change, stock));
        }
        if (entityManager.find(Part.class, movement.partNumber()).serialTracked) {
            units.move(movement);
        }
        if (change.onHand() != change.reserved()) {
            minimums.check(movement.partNumber(), movement.warehouseId(),
                    () -> stock(movement.partNumber(), movement.warehouseId()));
        }
    }

    /**
     * Records {@code movement} as it is when {@code serials} is empty (a part not serial-tracked), else one entry
     * per unit; a unit refused is 409 naming {@code field}{@code [i]}, where the request listed its serial.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(Movement movement, List<String> serials, String field) {
        if (serials.isEmpty()) {
            record(movement);
            return;
        }
        for (int i = 0; i < serials.size(); i++) {
            try {
                record(movement.ofUnit(serials.get(i)));
            } catch (StockRefusal refusal) {
                throw refusal.reason() == StockRefusal.Reason.UNIT_UNAVAILABLE
                        ? refusal.naming(field + "[" + i + "]") : refusal;
            }
        }
    }

    /** The stock of a part at a location; none when nothing ever moved there. */
    public Stock stock(String partNumber, UUID warehouseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select on_hand, reserved, in_transit from stock_level
                        where part_number = ?1 and warehouse_id = ?2""")
                .setParameter(1, partNumber)
                .setParameter(2, warehouseId)
                .getResultList();
        return rows.isEmpty() ? Stock.NONE : new Stock(number(rows.getFirst()[0]), number(rows.getFirst()[1]),
                number(rows.getFirst()[2]));
    }

    private boolean counting(UUID warehouseId) {
        return entityManager.createNativeQuery("select 1 from warehouse where id = ?1 and counting")
                .setParameter(1, warehouseId).getResultList().size() == 1;
    }

    private boolean applied(Movement movement, StockChange change) {
        if (update(movement, change)) {
            return true;
        }
        if (!change.canStartFromNothing() || counting(movement.warehouseId())) {
            return false;
        }
        int started = entityManager.createNativeQuery("""
                        insert into stock_level (part_number, warehouse_id, on_hand, reserved, in_transit)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, movement.partNumber())
                .setParameter(2, movement.warehouseId())
                .setParameter(3, change.onHand())
                .setParameter(4, change.reserved())
                .setParameter(5, change.inTransit())
                .executeUpdate();
        return started == 1 || update(movement, change);
    }

    private boolean update(Movement movement, StockChange change) {
        return entityManager.createNativeQuery("""
                        update stock_level
                        set on_hand = on_hand + ?3, reserved = reserved + ?4, in_transit = in_transit + ?5
                        where part_number = ?1 and warehouse_id = ?2
                          and on_hand + ?3 >= reserved + ?4 and reserved + ?4 >= 0 and in_transit + ?5 >= 0
                          and not exists (select 1 from warehouse w where w.id = ?2 and w.counting)""")
                .setParameter(1, movement.partNumber())
                .setParameter(2, movement.warehouseId())
                .setParameter(3, change.onHand())
                .setParameter(4, change.reserved())
                .setParameter(5, change.inTransit())
                .executeUpdate() == 1;
    }

    private static String shortage(Movement movement, StockChange change, Stock stock) {
        return change.takesAvailable()
                ? NOT_ENOUGH.formatted(movement.partNumber(), movement.warehouseId(), movement.quantity(),
                        stock.available())
                : NOT_ALLOWED.formatted(movement.partNumber(), movement.warehouseId(), stock, movement.kind(),
                        movement.quantity());
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
