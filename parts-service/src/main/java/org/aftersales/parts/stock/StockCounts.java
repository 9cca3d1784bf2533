package org.aftersales.parts.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.aftersales.parts.catalogue.Catalogue;
import org.aftersales.parts.catalogue.Part;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.parts.warehouse.Warehouses;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;

/**
 * Stock counts (盘点): opening one freezes its location (the ledger refuses movements there); each counted part is
 * compared with the books as they stood, a serial-tracked part unit by unit (the serials found against the units on
 * hand); approval writes each variance as an ADJUSTMENT_UP or ADJUSTMENT_DOWN entry — for a serial-tracked part one
 * per unexpected or missing unit — and unfreezes the location. Parts not counted are not adjusted.
 */
@ApplicationScoped
public class StockCounts {

    private static final String SERIALS = "serialNumbers";

    private final Ledger ledger;
    private final Catalogue catalogue;
    private final Warehouses warehouses;
    private final EntityManager entityManager;
    private final StockUnits units;

    StockCounts(Ledger ledger, Catalogue catalogue, Warehouses warehouses, EntityManager entityManager,
            StockUnits units) {
        this.units = units;
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

    /**
     * Records (or corrects) what was found of one part; the book is the stock as it stood when the count opened (the
     * location is frozen), for a serial-tracked part also the units on hand.
     */
    @Transactional
    public StockCount.View count(UUID id, String partNumber, StockCount.Counted body, Caller caller) {
        StockCount count = requireOpen(id, caller);
        Part part = catalogue.require(partNumber);
        List<String> found = found(part, body);
        int counted = part.serialTracked ? found.size() : body.counted();
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
                .setParameter(4, counted)
                .setParameter(5, caller.username())
                .setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
        if (part.serialTracked) {
            countSerials(count, partNumber, found);
        }
        return view(count);
    }

    /** What a line found: the serial numbers of a serial-tracked part's units, else nothing but its quantity. */
    private static List<String> found(Part part, StockCount.Counted body) {
        List<String> serials = body.serialNumbers() == null ? List.of()
                : body.serialNumbers().stream().map(String::strip).toList();
        if (!part.serialTracked) {
            if (!serials.isEmpty()) {
                throw ProblemException.badRequest("Part " + part.partNumber + " is not serial-tracked",
                        List.of(new FieldProblem(SERIALS, "must be absent: part " + part.partNumber
                                + " is not serial-tracked; give counted")));
            }
            if (body.counted() == null) {
                throw ProblemException.badRequest("The count of a part gives what was found",
                        List.of(new FieldProblem("counted", "required")));
            }
            return serials;
        }
        if (body.serialNumbers() == null || new HashSet<>(serials).size() != serials.size()) {
            throw ProblemException.badRequest("A serial-tracked part is counted by serial number",
                    List.of(new FieldProblem(SERIALS, "required: the serial number of each unit found, each once; "
                            + "part " + part.partNumber + " is serial-tracked")));
        }
        if (body.counted() != null && body.counted() != serials.size()) {
            throw ProblemException.badRequest("counted is the number of serial numbers found",
                    List.of(new FieldProblem("counted", "must be " + serials.size() + ", the serial numbers listed, "
                            + "or absent")));
        }
        return serials;
    }

    /** Keeps the units the books hold on hand and those found, each marked book, found or both. */
    private void countSerials(StockCount count, String partNumber, List<String> found) {
        entityManager.createNativeQuery("delete from stock_count_serial where count_id = ?1 and part_number = ?2")
                .setParameter(1, count.id)
                .setParameter(2, partNumber)
                .executeUpdate();
        Set<String> book = new TreeSet<>(units.onHand(partNumber, count.warehouseId));
        Set<String> serials = new TreeSet<>(book);
        serials.addAll(found);
        for (String serial : serials) {
            entityManager.createNativeQuery("""
                            insert into stock_count_serial (count_id, part_number, serial_number, book, found)
                            values (?1, ?2, ?3, ?4, ?5)""")
                    .setParameter(1, count.id)
                    .setParameter(2, partNumber)
                    .setParameter(3, serial)
                    .setParameter(4, book.contains(serial))
                    .setParameter(5, found.contains(serial))
                    .executeUpdate();
        }
    }

    /** Approves the count: each variance becomes a ledger adjustment, and the location moves again. */
    @Transactional
    public StockCount.View approve(UUID id, Caller caller) {
        StockCount count = requireOpen(id, caller);
        Warehouse warehouse = Warehouse.findById(count.warehouseId, LockModeType.PESSIMISTIC_WRITE);
        warehouse.counting = false;
        entityManager.flush();
        Instant now = Instant.now();
        String reason = "盘点 stock count " + count.id;
        for (StockCount.Line line : lines(count.id)) {
            if (catalogue.require(line.partNumber()).serialTracked) {
                adjustUnits(line, line.unexpectedSerials(), MovementKind.ADJUSTMENT_UP, count, reason, caller, now);
                adjustUnits(line, line.missingSerials(), MovementKind.ADJUSTMENT_DOWN, count, reason, caller, now);
            } else if (line.variance() != 0) {
                ledger.record(Movement.of(line.partNumber(), count.warehouseId, line.variance() > 0
                        ? MovementKind.ADJUSTMENT_UP : MovementKind.ADJUSTMENT_DOWN, Math.abs(line.variance()),
                        reason, caller.username(), now));
            }
        }
        count.status = StockCount.Status.APPROVED;
        count.approvedBy = caller.username();
        count.approvedAt = now;
        return view(count);
    }

    /** One adjustment per unit of a serial-tracked part's line: those found unexpected, or those missing. */
    private void adjustUnits(StockCount.Line line, List<String> serials, MovementKind kind, StockCount count,
            String reason, Caller caller, Instant at) {
        if (!serials.isEmpty()) {
            ledger.recordEach(Movement.of(line.partNumber(), count.warehouseId, kind, 1, reason, caller.username(),
                    at), serials, SERIALS);
        }
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
        List<Object[]> serials = entityManager.createNativeQuery("""
                        select part_number, serial_number, book from stock_count_serial
                        where count_id = ?1 and book <> found order by part_number, serial_number""")
                .setParameter(1, countId)
                .getResultList();
        return rows.stream().map(row -> {
            int book = ((Number) row[1]).intValue();
            int counted = ((Number) row[2]).intValue();
            return new StockCount.Line((String) row[0], book, counted, counted - book,
                    serialsOf(serials, (String) row[0], true), serialsOf(serials, (String) row[0], false),
                    (String) row[3], instant(row[4]));
        }).toList();
    }

    /** The serial numbers of a part's line that the books held and were not found ({@code book}), or the reverse. */
    private static List<String> serialsOf(List<Object[]> serials, String partNumber, boolean book) {
        return serials.stream().filter(row -> row[0].equals(partNumber) && (Boolean) row[2] == book)
                .map(row -> (String) row[1]).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> (Instant) value;
        };
    }
}
