package org.aftersales.parts.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftersales.events.parts.StockBelowMinimum;
import org.aftersales.events.parts.StockEvents;
import org.aftersales.parts.catalogue.Part;
import org.aftersales.parts.stock.InstalledBaseShare.InstalledDevice;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.platform.outbox.Outbox;

/**
 * Minimum stock (最低库存) per part and location: an absolute minimum, or a share of the installed base the location
 * serves ({@link InstalledBaseShare}, seed 002: ≥ 3 %). After every movement the {@link Ledger} asks it to compare the
 * available stock with the minimum, and so does every device event that changes the installed base of a model the
 * part fits: falling below raises one reorder alert (补货预警, with the quantity that brings it back to the minimum) and
 * publishes {@code aftersales.stock.below-minimum.v1}; while it stays below, the open alert follows the numbers;
 * rising to it again clears the alert.
 */
@ApplicationScoped
public class MinimumStock {

    private static final String OPEN_ORDER = """
            select o.id from replenishment_order o
            where o.reorder_alert_id = ?1 and o.status in ('OPEN', 'PARTLY_RECEIVED') order by o.ordered_at limit 1""";

    private final EntityManager entityManager;
    private final Outbox outbox;

    MinimumStock(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** A location's rule for a part: exactly one of an absolute minimum and a share of the installed base. */
    public record Rule(Integer minimum, BigDecimal installedBaseShare) {
    }

    /** Sets (or changes) the rule, and checks the stock against it at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StockViews.MinimumView set(String partNumber, UUID warehouseId, Rule rule, String by, Stock stock) {
        entityManager.createNativeQuery("""
                        insert into minimum_stock (part_number, warehouse_id, minimum, installed_base_share, set_by,
                            set_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (part_number, warehouse_id) do update
                        set minimum = excluded.minimum, installed_base_share = excluded.installed_base_share,
                            set_by = excluded.set_by, set_at = excluded.set_at""")
                .setParameter(1, partNumber)
                .setParameter(2, warehouseId)
                .setParameter(3, rule.minimum())
                .setParameter(4, rule.installedBaseShare())
                .setParameter(5, by)
                .setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
        check(partNumber, warehouseId, () -> stock);
        return view(partNumber, warehouseId, stock).orElseThrow();
    }

    /** The location's rule for the part with what it requires now, when it has one. */
    public Optional<StockViews.MinimumView> view(String partNumber, UUID warehouseId, Stock stock) {
        return rule(partNumber, warehouseId).map(rule -> {
            Long installed = rule.minimum() == null ? installed(partNumber, warehouseId) : null;
            return new StockViews.MinimumView(partNumber, warehouseId, rule.minimum(), rule.installedBaseShare(),
                    installed, required(rule, installed), stock.available());
        });
    }

    /** Compares the available stock with the minimum, if the location has one for the part. */
    @Transactional(Transactional.TxType.MANDATORY)
    void check(String partNumber, UUID warehouseId, Supplier<Stock> current) {
        Optional<Rule> found = rule(partNumber, warehouseId);
        if (found.isEmpty()) {
            return;
        }
        Rule rule = found.get();
        int minimum = required(rule, rule.minimum() == null ? installed(partNumber, warehouseId) : null);
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
        int suggested = minimum - stock.available();
        int followed = entityManager.createNativeQuery("""
                        update reorder_alert set available = ?3, minimum = ?4, suggested_quantity = ?5
                        where part_number = ?1 and warehouse_id = ?2 and cleared_at is null""")
                .setParameter(1, partNumber)
                .setParameter(2, warehouseId)
                .setParameter(3, stock.available())
                .setParameter(4, minimum)
                .setParameter(5, suggested)
                .executeUpdate();
        if (followed == 1) {
            return;
        }
        UUID alert = UUID.randomUUID();
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

    /**
     * The installed base of {@code model} changed (a device registered, transferred or replaced): checks again every
     * rule that takes a share of the installed base for a part fitting the model, in the event's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void installedBaseChanged(String model) {
        @SuppressWarnings("unchecked")
        List<Object[]> rules = entityManager.createNativeQuery("""
                        select m.part_number, m.warehouse_id from minimum_stock m
                        join part_model pm on pm.part_number = m.part_number
                        where m.installed_base_share is not null and pm.model = ?1
                        order by m.part_number, m.warehouse_id""")
                .setParameter(1, model)
                .getResultList();
        for (Object[] rule : rules) {
            String partNumber = (String) rule[0];
            UUID warehouseId = (UUID) rule[1];
            check(partNumber, warehouseId, () -> stock(partNumber, warehouseId));
        }
    }

    /** The open reorder alerts, oldest first, each with the replenishment order placed for it that is still open. */
    public List<StockViews.ReorderAlert> openAlerts() {
        return ReorderAlert.<ReorderAlert>list("clearedAt is null order by raisedAt, id").stream()
                .map(a -> new StockViews.ReorderAlert(a.id, a.partNumber, a.warehouseId, a.available, a.minimum,
                        a.suggestedQuantity, a.raisedAt, openOrder(a.id))).toList();
    }

    /** The open alert of the part at the location, when there is one. */
    public Optional<UUID> openAlert(String partNumber, UUID warehouseId) {
        return ReorderAlert.<ReorderAlert>find("partNumber = ?1 and warehouseId = ?2 and clearedAt is null",
                partNumber, warehouseId).firstResultOptional().map(alert -> alert.id);
    }

    private UUID openOrder(UUID alertId) {
        @SuppressWarnings("unchecked")
        List<UUID> orders = entityManager.createNativeQuery(OPEN_ORDER).setParameter(1, alertId).getResultList();
        return orders.isEmpty() ? null : orders.getFirst();
    }

    private Optional<Rule> rule(String partNumber, UUID warehouseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rules = entityManager.createNativeQuery("""
                        select minimum, installed_base_share from minimum_stock
                        where part_number = ?1 and warehouse_id = ?2""")
                .setParameter(1, partNumber)
                .setParameter(2, warehouseId)
                .getResultList();
        return rules.stream().findFirst().map(row -> new Rule(row[0] == null ? null : ((Number) row[0]).intValue(),
                row[1] == null ? null : new BigDecimal(((BigDecimal) row[1]).stripTrailingZeros().toPlainString())));
    }

    private static int required(Rule rule, Long installed) {
        return rule.minimum() != null ? rule.minimum()
                : new InstalledBaseShare(rule.installedBaseShare()).required(installed);
    }

    /** The installed devices of the models the part fits at the sites the location serves (ADR 0034). */
    private long installed(String partNumber, UUID warehouseId) {
        Part part = Part.findById(partNumber);
        Warehouse warehouse = Warehouse.findById(warehouseId);
        if (part.fitsModels.isEmpty()) {
            return 0;
        }
        List<InstalledDevice> devices = entityManager.createQuery("""
                        select d.model, d.customerOrganisation, d.replacedBySerial
                        from KnownDevice d where d.model in ?1""", Object[].class)
                .setParameter(1, part.fitsModels)
                .getResultStream()
                .map(row -> new InstalledDevice((String) row[0], (String) row[1], row[2] != null))
                .toList();
        return InstalledBaseShare.installed(devices, part.fitsModels, warehouse.organisation);
    }

    private Stock stock(String partNumber, UUID warehouseId) {
        StockLevel level = entityManager.find(StockLevel.class, new StockLevel.Key(partNumber, warehouseId));
        return level == null ? Stock.NONE : new Stock(level.onHand, level.reserved, level.inTransit);
    }
}
