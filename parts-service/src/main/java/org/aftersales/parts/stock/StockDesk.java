package org.aftersales.parts.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.parts.catalogue.Catalogue;
import org.aftersales.parts.catalogue.Part;
import org.aftersales.parts.stock.StockViews.MovementPage;
import org.aftersales.parts.stock.StockViews.MovementView;
import org.aftersales.parts.stock.StockViews.StockPage;
import org.aftersales.parts.stock.StockViews.StockView;
import org.aftersales.parts.stock.StockViews.UnitPage;
import org.aftersales.parts.stock.StockViews.UnitView;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.parts.warehouse.Warehouses;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.OrganisationScope;

/** Receipts, transfers and what the stock, its units and the ledger say, within the warehouses the caller may see. */
@ApplicationScoped
public class StockDesk {

    /** Where a receipt or transfer lists its units' serial numbers. */
    private static final String SERIALS = "serialNumbers";

    private final Ledger ledger;
    private final Catalogue catalogue;
    private final Warehouses warehouses;
    private final EntityManager entityManager;
    private final MinimumStock minimums;
    private final StockUnits units;

    StockDesk(Ledger ledger, Catalogue catalogue, Warehouses warehouses, EntityManager entityManager,
            MinimumStock minimums, StockUnits units) {
        this.minimums = minimums;
        this.units = units;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.warehouses = warehouses;
        this.entityManager = entityManager;
    }

    /** Receives stock: one RECEIPT entry, or one per unit of a serial-tracked part, each unit in stock here. */
    @Transactional
    public StockView receive(NewReceipt body, Caller caller) {
        return moveHere(Movement.of(body.partNumber(), body.warehouseId(), MovementKind.RECEIPT, body.quantity(),
                body.reason(), caller.username(), Instant.now()), body.serialNumbers(), caller);
    }

    /**
     * Receives what arrived now of a replenishment order (补货单) at its location, in the order's transaction: as
     * {@link #receive} does — the same serial numbers rule (400 naming {@code serialNumbers}; a unit held already
     * 409 naming {@code serialNumbers[i]}), one RECEIPT entry or one per unit, each unit in stock here — the
     * entries naming the order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StockView receiveOrder(UUID orderId, String partNumber, UUID warehouseId, int quantity,
            List<String> serialNumbers, String reason, Caller caller, Instant at) {
        return moveHere(Movement.ofOrder(orderId, partNumber, warehouseId, MovementKind.RECEIPT, quantity, reason,
                caller.username(), at), serialNumbers, caller);
    }

    /**
     * Scraps stock on the shelf (报废): one SCRAP entry, or one per unit of a serial-tracked part, each unit SCRAPPED;
     * only what is available (not reserved), as any movement off the shelf.
     */
    @Transactional
    public StockView scrap(NewScrap body, Caller caller) {
        return moveHere(Movement.of(body.partNumber(), body.warehouseId(), MovementKind.SCRAP, body.quantity(),
                body.reason().strip(), caller.username(), Instant.now()), body.serialNumbers(), caller);
    }

    /**
     * One movement at a location the caller may see, unit by unit for a serial-tracked part: the serial numbers the
     * request lists are checked ({@link StockUnits#serials}) before anything is written; the stock after it.
     */
    private StockView moveHere(Movement movement, List<String> serialNumbers, Caller caller) {
        Part part = catalogue.require(movement.partNumber());
        Warehouse warehouse = warehouses.require(movement.warehouseId(), caller);
        List<String> serials = StockUnits.serials(part, movement.quantity(), serialNumbers, SERIALS);
        ledger.recordEach(movement, serials, SERIALS);
        return StockView.of(part.partNumber, warehouse.id, ledger.stock(part.partNumber, warehouse.id));
    }

    /** Sets the minimum stock rule of a part at a location and checks the stock against it. */
    @Transactional
    public StockViews.MinimumView setMinimum(UUID warehouseId, String partNumber, MinimumStock.Rule rule,
            Caller caller) {
        catalogue.require(partNumber);
        Warehouse warehouse = warehouses.require(warehouseId, caller);
        Stock stock = ledger.stock(partNumber, warehouse.id);
        return minimums.set(partNumber, warehouse.id, rule, caller.username(), stock);
    }

    /** The minimum stock rule of a part at a location with what it requires now; 404 when there is none. */
    public StockViews.MinimumView minimum(UUID warehouseId, String partNumber, Caller caller) {
        catalogue.require(partNumber);
        Warehouse warehouse = warehouses.require(warehouseId, caller);
        return minimums.view(partNumber, warehouse.id, ledger.stock(partNumber, warehouse.id))
                .orElseThrow(() -> ProblemException.notFound("minimum stock rule", warehouseId + "/" + partNumber));
    }

    /**
     * Sends available stock on its way: off the source's shelf now, in transit at the destination until received; a
     * serial-tracked part unit by unit, the units it lists.
     */
    @Transactional
    public Transfer.View send(NewTransfer body, Caller caller) {
        Part part = catalogue.require(body.partNumber());
        Warehouse from = warehouses.require(body.fromWarehouseId(), caller);
        Warehouse to = warehouses.require(body.toWarehouseId(), caller);
        List<String> serials = StockUnits.serials(part, body.quantity(), body.serialNumbers(), SERIALS);
        Transfer transfer = new Transfer();
        transfer.id = UUID.randomUUID();
        transfer.partNumber = body.partNumber();
        transfer.fromWarehouseId = from.id;
        transfer.toWarehouseId = to.id;
        transfer.quantity = body.quantity();
        transfer.reason = body.reason();
        transfer.ticketId = body.ticketId();
        transfer.status = Transfer.Status.IN_TRANSIT;
        transfer.sentBy = caller.username();
        transfer.sentAt = Instant.now();
        ledger.recordEach(transferMovement(transfer, from.id, MovementKind.TRANSFER_OUT, transfer.sentBy,
                transfer.sentAt), serials, SERIALS);
        ledger.recordEach(transferMovement(transfer, to.id, MovementKind.TRANSFER_DISPATCHED, transfer.sentBy,
                transfer.sentAt), serials, SERIALS);
        transfer.persist();
        return transfer.view(serials);
    }

    /** The transfer arrived: on hand at the destination. A second receipt is 409. */
    @Transactional
    public Transfer.View receiveTransfer(UUID id, Caller caller) {
        Transfer transfer = requireTransfer(id, caller);
        if (transfer.status != Transfer.Status.IN_TRANSIT) {
            throw ProblemException.conflict("Transfer " + id + " was received before");
        }
        transfer.status = Transfer.Status.RECEIVED;
        transfer.receivedBy = caller.username();
        transfer.receivedAt = Instant.now();
        List<String> serials = units.ofTransfer(transfer.id);
        ledger.recordEach(transferMovement(transfer, transfer.toWarehouseId, MovementKind.TRANSFER_IN,
                transfer.receivedBy, transfer.receivedAt), serials, SERIALS);
        entityManager.flush();
        return transfer.view(serials);
    }

    public Transfer.View transfer(UUID id, Caller caller) {
        Transfer transfer = requireTransfer(id, caller);
        return transfer.view(units.ofTransfer(transfer.id));
    }

    /** A transfer is seen by who may see either end of it. */
    private Transfer requireTransfer(UUID id, Caller caller) {
        Transfer transfer = Transfer.findById(id);
        if (transfer == null || !(visible(transfer.fromWarehouseId, caller) || visible(transfer.toWarehouseId,
                caller))) {
            throw ProblemException.notFound("transfer", id);
        }
        return transfer;
    }

    private static boolean visible(UUID warehouseId, Caller caller) {
        Warehouse warehouse = Warehouse.findById(warehouseId);
        return warehouse != null && Warehouses.visible(warehouse, caller);
    }

    private static Movement transferMovement(Transfer transfer, UUID warehouseId, MovementKind kind, String by,
            Instant at) {
        return new Movement(transfer.partNumber, warehouseId, kind, transfer.quantity, transfer.ticketId, null,
                transfer.id, null, transfer.reason, by, at);
    }

    public StockPage stock(String partNumber, UUID warehouseId, int page, int size, Caller caller) {
        Filter filter = new Filter(caller.scope());
        filter.add("s.partNumber = :part", "part", partNumber);
        filter.add("s.warehouseId = :warehouse", "warehouse", warehouseId);
        var items = filter.query("select s from StockLevel s, Warehouse w where w.id = s.warehouseId and ",
                " order by s.partNumber, w.code", StockLevel.class).setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(StockView::of).toList();
        long total = filter.query("select count(s) from StockLevel s, Warehouse w where w.id = s.warehouseId and ",
                "", Long.class).getSingleResult();
        return new StockPage(items, page, size, total);
    }

    /** The units of serial-tracked parts at the caller's warehouses, by part, location and serial number. */
    public UnitPage units(String partNumber, UUID warehouseId, String serialNumber, UnitState state, int page,
            int size, Caller caller) {
        Filter filter = new Filter(caller.scope());
        filter.add("u.partNumber = :part", "part", partNumber);
        filter.add("u.warehouseId = :warehouse", "warehouse", warehouseId);
        filter.add("u.serialNumber = :serial", "serial", serialNumber);
        filter.add("u.state = :state", "state", state);
        var items = filter.query("select u from StockUnit u, Warehouse w where w.id = u.warehouseId and ",
                " order by u.partNumber, w.code, u.serialNumber", StockUnit.class).setFirstResult(page * size)
                .setMaxResults(size).getResultList().stream().map(UnitView::of).toList();
        long total = filter.query("select count(u) from StockUnit u, Warehouse w where w.id = u.warehouseId and ",
                "", Long.class).getSingleResult();
        return new UnitPage(items, page, size, total);
    }

    public MovementPage movements(String partNumber, UUID warehouseId, UUID ticketId, int page, int size,
            Caller caller) {
        Filter filter = new Filter(caller.scope());
        filter.add("m.partNumber = :part", "part", partNumber);
        filter.add("m.warehouseId = :warehouse", "warehouse", warehouseId);
        filter.add("m.ticketId = :ticket", "ticket", ticketId);
        var items = filter.query("select m from StockMovement m, Warehouse w where w.id = m.warehouseId and ",
                " order by m.sequence", StockMovement.class).setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(MovementView::of).toList();
        long total = filter.query("select count(m) from StockMovement m, Warehouse w where w.id = m.warehouseId and ",
                "", Long.class).getSingleResult();
        return new MovementPage(items, page, size, total);
    }

    /** A query's conditions: the caller's warehouses (the vendor's staff see all), then the filters given. */
    private final class Filter {

        private final StringBuilder where;
        private final Map<String, Object> parameters;

        Filter(OrganisationScope scope) {
            this.where = new StringBuilder(scope.jpql("w.organisation"));
            this.parameters = new HashMap<>(scope.parameters());
        }

        void add(String condition, String name, Object value) {
            if (value != null) {
                where.append(" and ").append(condition);
                parameters.put(name, value);
            }
        }

        <T> jakarta.persistence.TypedQuery<T> query(String select, String order, Class<T> type) {
            var query = entityManager.createQuery(select + "(" + where + ")" + order, type);
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
