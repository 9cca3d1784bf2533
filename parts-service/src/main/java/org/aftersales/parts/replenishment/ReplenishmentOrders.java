package org.aftersales.parts.replenishment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.EventType;
import org.aftersales.events.parts.ReplenishmentOrderChanged;
import org.aftersales.events.parts.ReplenishmentOrderEvents;
import org.aftersales.parts.catalogue.Catalogue;
import org.aftersales.parts.replenishment.ReplenishmentOrder.Status;
import org.aftersales.parts.stock.Ledger;
import org.aftersales.parts.stock.MinimumStock;
import org.aftersales.parts.stock.Movement;
import org.aftersales.parts.stock.MovementKind;
import org.aftersales.parts.stock.ReorderAlert;
import org.aftersales.parts.stock.StockDesk;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.parts.warehouse.Warehouses;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.OrganisationScope;

/**
 * Replenishment orders (补货单) of the locations the caller may see: placed for a part at a location (answering its
 * open reorder alert), received in one or more parts — each a RECEIPT in the ledger that names the order, one per
 * unit of a serial-tracked part by its serial number as a stock receipt (and, when another location fills it, a
 * TRANSFER_OUT there) — or cancelled. The database decides how much may still arrive:
 * a receipt is one conditional update of the order that applies only while the order is open and what it brings stays
 * within what was ordered, so racing receipts never receive more (409 otherwise).
 */
@ApplicationScoped
public class ReplenishmentOrders {

    private static final List<String> RECEIVING = List.of(Status.OPEN.name(), Status.PARTLY_RECEIVED.name());

    private final Ledger ledger;
    private final Catalogue catalogue;
    private final Warehouses warehouses;
    private final MinimumStock minimums;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final StockDesk desk;

    ReplenishmentOrders(Ledger ledger, Catalogue catalogue, Warehouses warehouses, MinimumStock minimums,
            Outbox outbox, EntityManager entityManager, StockDesk desk) {
        this.ledger = ledger;
        this.desk = desk;
        this.catalogue = catalogue;
        this.warehouses = warehouses;
        this.minimums = minimums;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    @Transactional
    public ReplenishmentOrder.View place(NewReplenishmentOrder body, Caller caller) {
        catalogue.require(body.partNumber());
        Warehouse warehouse = warehouses.require(body.warehouseId(), caller);
        UUID from = body.fromWarehouseId() == null ? null : warehouses.require(body.fromWarehouseId(), caller).id;
        ReplenishmentOrder order = new ReplenishmentOrder();
        order.id = UUID.randomUUID();
        order.partNumber = body.partNumber();
        order.warehouseId = warehouse.id;
        order.quantity = body.quantity();
        order.status = Status.OPEN;
        order.supplier = body.supplier() == null ? null : body.supplier().strip();
        order.fromWarehouseId = from;
        order.reorderAlertId = alert(body);
        order.reason = body.reason();
        order.orderedBy = caller.username();
        order.orderedAt = Instant.now();
        order.persist();
        publish(ReplenishmentOrderEvents.PLACED, order, null, order.orderedBy, order.orderedAt);
        return order.view();
    }

    /**
     * Receives {@code quantity} more of the order at its location, as a stock receipt ({@link StockDesk#receiveOrder}):
     * a serial-tracked part by the serial numbers of its units. 409 when the order is received or cancelled, when it
     * would bring more than is still outstanding, or when a location fills it with a serial-tracked part (its units
     * travel by a transfer). One transaction: a refusal — bad serials (400), a unit held already (409), too little at
     * the filling location (409) — changes neither the order nor the stock.
     */
    @Transactional
    public ReplenishmentOrder.View receive(UUID id, ReplenishmentReceipt body, Caller caller) {
        ReplenishmentOrder order = require(id, caller);
        if (order.fromWarehouseId != null && catalogue.require(order.partNumber).serialTracked) {
            throw ProblemException.conflict("Replenishment order " + id + " is filled from warehouse "
                    + order.fromWarehouseId + ", and part " + order.partNumber + " is serial-tracked: its units "
                    + "travel by a transfer (POST /api/v1/stock/transfers), not by a receipt of the order");
        }
        int quantity = body.quantity();
        int applied = entityManager.createNativeQuery("""
                        update replenishment_order
                        set received = received + ?2,
                            status = case when received + ?2 = quantity then 'RECEIVED' else 'PARTLY_RECEIVED' end
                        where id = ?1 and status in ('OPEN', 'PARTLY_RECEIVED') and received + ?2 <= quantity""")
                .setParameter(1, id)
                .setParameter(2, quantity)
                .executeUpdate();
        entityManager.refresh(order);
        if (applied == 0) {
            throw ProblemException.conflict(RECEIVING.contains(order.status.name())
                    ? "Replenishment order " + id + " has " + (order.quantity - order.received) + " of "
                            + order.quantity + " still to arrive; " + quantity + " is more than that"
                    : "Replenishment order " + id + " is " + order.status + "; nothing more arrives on it");
        }
        String by = caller.username();
        Instant now = Instant.now();
        String reason = "补货单 replenishment order " + id + (order.reason == null ? "" : ": " + order.reason);
        if (order.fromWarehouseId != null) {
            ledger.record(Movement.ofOrder(id, order.partNumber, order.fromWarehouseId, MovementKind.TRANSFER_OUT,
                    quantity, reason, by, now));
        }
        desk.receiveOrder(id, order.partNumber, order.warehouseId, quantity, body.serialNumbers(), reason, caller,
                now);
        publish(ReplenishmentOrderEvents.RECEIVED, order, quantity, by, now);
        return order.view();
    }

    /** Cancels what has not arrived; 409 once the order is received or cancelled. */
    @Transactional
    public ReplenishmentOrder.View cancel(UUID id, Caller caller) {
        ReplenishmentOrder order = require(id, caller);
        String by = caller.username();
        Instant now = Instant.now();
        int applied = entityManager.createNativeQuery("""
                        update replenishment_order set status = 'CANCELLED', cancelled_by = ?2, cancelled_at = ?3
                        where id = ?1 and status in ('OPEN', 'PARTLY_RECEIVED')""")
                .setParameter(1, id)
                .setParameter(2, by)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        entityManager.refresh(order);
        if (applied == 0) {
            throw ProblemException.conflict("Replenishment order " + id + " is " + order.status
                    + "; it cannot be cancelled");
        }
        publish(ReplenishmentOrderEvents.CANCELLED, order, null, by, now);
        return order.view();
    }

    public ReplenishmentOrder.View view(UUID id, Caller caller) {
        return require(id, caller).view();
    }

    /** The orders of the locations the caller may see, newest first. */
    public ReplenishmentOrder.Page list(UUID warehouseId, Status status, int page, int size, Caller caller) {
        OrganisationScope scope = caller.scope();
        StringBuilder where = new StringBuilder(scope.jpql("w.organisation"));
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (warehouseId != null) {
            where.append(" and o.warehouseId = :warehouse");
            parameters.put("warehouse", warehouseId);
        }
        if (status != null) {
            where.append(" and o.status = :status");
            parameters.put("status", status);
        }
        String from = " from ReplenishmentOrder o, Warehouse w where w.id = o.warehouseId and (" + where + ")";
        var items = entityManager.createQuery("select o" + from + " order by o.orderedAt desc, o.id",
                ReplenishmentOrder.class);
        var total = entityManager.createQuery("select count(o)" + from, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        return new ReplenishmentOrder.Page(items.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(ReplenishmentOrder::view).toList(), page, size, total.getSingleResult());
    }

    /** The order, when the caller may see the location it replenishes; 404 otherwise. */
    private ReplenishmentOrder require(UUID id, Caller caller) {
        ReplenishmentOrder order = ReplenishmentOrder.findById(id);
        Warehouse warehouse = order == null ? null : Warehouse.findById(order.warehouseId);
        if (warehouse == null || !Warehouses.visible(warehouse, caller)) {
            throw ProblemException.notFound("replenishment order", id);
        }
        return order;
    }

    /** The open reorder alert the order answers: the one named (of the part at the location), else the open one. */
    private UUID alert(NewReplenishmentOrder body) {
        if (body.reorderAlertId() == null) {
            return minimums.openAlert(body.partNumber(), body.warehouseId()).orElse(null);
        }
        ReorderAlert alert = ReorderAlert.findById(body.reorderAlertId());
        if (alert == null || alert.clearedAt != null || !alert.partNumber.equals(body.partNumber())
                || !alert.warehouseId.equals(body.warehouseId())) {
            throw ProblemException.badRequest("The reorder alert is not an open alert of this part at this location",
                    List.of(new FieldProblem("reorderAlertId",
                            "must be an open reorder alert of " + body.partNumber() + " at the warehouse")));
        }
        return alert.id;
    }

    private void publish(EventType<ReplenishmentOrderChanged> type, ReplenishmentOrder order, Integer receivedNow,
            String by, Instant at) {
        outbox.append(type, order.id.toString(), at, order.event(receivedNow, by, at));
    }
}
