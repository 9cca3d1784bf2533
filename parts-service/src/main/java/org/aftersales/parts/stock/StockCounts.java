package org.aftersales.parts.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.aftersales.parts.catalogue.Catalogue;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.parts.warehouse.Warehouses;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;

/**
 * Stock counts (盘点): opening one freezes its location (the ledger refuses movements there); each counted part is
 * compared with the books as they stood; approval writes each variance as an ADJUSTMENT_UP or ADJUSTMENT_DOWN entry
 * and unfreezes the location. Parts not counted are not adjusted.
 */
@ApplicationScoped
public class StockCounts {

    private final Ledger ledger;
    private final Catalogue catalogue;
    private final Warehouses warehouses;
    private final EntityManager entityManager;

    StockCounts(Ledger ledger, Catalogue catalogue, Warehouses warehouses, EntityManager entityManager) {
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.warehouses = warehouses;
        this.entityManager = entityManager;
    }

    @Transactional
    public StockCount.View open(StockCount.NewCount body, Caller caller) {
        Warehouse warehouse = Warehouse.findById(warehouses.require(body.warehouseId(), caller).id,
                LockModeType.PESSIMISTIC_WRITE);
        if (warehouse.counting) {
            throw ProblemException.conflict("Warehouse " + warehouse.id + " is being counted already");
        }
        warehouse.counting = true;
        StockCount count = new StockCount();
        count.id = UUID.randomUUID();
        count.warehouseId = warehouse.id;
        count.status = StockCount.Status.OPEN;
        count.openedBy = caller.username();
        count.openedAt = Instant.now();
        count.persist();
        entityManager.flush();
        return view(count);
    }

    /** Records (or corrects) what was found of one part; the book is the stock as it stood when the count opened. */
    @Transactional
    public StockCount.View count(UUID id, String partNumber, StockCount.Counted body, Caller caller) {
        StockCount count = requireOpen(id, caller);
        catalogue.require(partNumber);
        int book = ledger.stock(partNumber, count.warehouseId).onHand();
        entityManager.createNativeQuery("""
                        insert into stock_count_line (count_id, part_number, book, counted, counted_by, counted_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (count_id, part_number) do update
                        set counted = excluded.counted, counted_by = excluded.counted_by,
                            counted_at = excluded.counted_at""")
                .setParameter(1, count.id)
                .setParameter(2, partNumber)
                .setParameter(3, book)
                .setParameter(4, body.counted())
                .setParameter(5, caller.username())
                .setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
        return view(count);
    }

    /** Approves the count: each variance becomes a ledger adjustment, and the location moves again. */
    @Transactional
    public StockCount.View approve(UUID id, Caller caller) {
        StockCount count = requireOpen(id, caller);
        Warehouse warehouse = Warehouse.findById(count.warehouseId, LockModeType.PESSIMISTIC_WRITE);
        warehouse.counting = false;
        entityManager.flush();
        Instant now = Instant.now();
        for (StockCount.Line line : lines(count.id)) {
            if (line.variance() != 0) {
                ledger.record(Movement.of(line.partNumber(), count.warehouseId, line.variance() > 0
                        ? MovementKind.ADJUSTMENT_UP : MovementKind.ADJUSTMENT_DOWN, Math.abs(line.variance()),
                        "盘点 stock count " + count.id, caller.username(), now));
            }
        }
        count.status = StockCount.Status.APPROVED;
        count.approvedBy = caller.username();
        count.approvedAt = now;
        return view(count);
    }

    public StockCount.View view(UUID id, Caller caller) {
        return view(require(id, caller));
    }

    private StockCount requireOpen(UUID id, Caller caller) {
        StockCount count = require(id, caller);
        entityManager.lock(count, LockModeType.PESSIMISTIC_WRITE);
        if (count.status != StockCount.Status.OPEN) {
            throw ProblemException.conflict("Stock count " + id + " was approved; it takes no more changes");
        }
        return count;
    }

    private StockCount require(UUID id, Caller caller) {
        StockCount count = StockCount.findById(id);
        if (count == null || !Warehouses.visible(Warehouse.findById(count.warehouseId), caller)) {
            throw ProblemException.notFound("stock count", id);
        }
        return count;
    }

    private StockCount.View view(StockCount count) {
        return new StockCount.View(count.id, count.warehouseId, count.status, count.openedBy, count.openedAt,
                count.approvedBy, count.approvedAt, lines(count.id));
    }

    @SuppressWarnings("unchecked")
    private List<StockCount.Line> lines(UUID countId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select part_number, book, counted, counted_by, counted_at from stock_count_line
                        where count_id = ?1 order by part_number""")
                .setParameter(1, countId)
                .getResultList();
        return rows.stream().map(row -> {
            int book = ((Number) row[1]).intValue();
            int counted = ((Number) row[2]).intValue();
            return new StockCount.Line((String) row[0], book, counted, counted - book, (String) row[3],
                    instant(row[4]));
        }).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> (Instant) value;
        };
    }
}
