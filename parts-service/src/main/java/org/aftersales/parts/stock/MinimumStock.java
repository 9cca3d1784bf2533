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
import java.util.stream.Collectors;
import org.aftersales.events.parts.StockBelowMinimum;
import org.aftersales.events.parts.StockEvents;
import org.aftersales.parts.catalogue.Part;
import org.aftersales.parts.contract.Contracts;
import org.aftersales.parts.stock.InstalledBaseShare.InstalledDevice;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.platform.outbox.Outbox;

/**
 * Minimum stock (最低库存) per part and location: an absolute minimum, or a share of the installed base the location
 * serves ({@link InstalledBaseShare}, seed 002: ≥ 3 %) — the manager's, or each device's contract's
 * ({@code spares.minimumLocalStockPercent}, else {@code aftersales.parts.minimum-local-stock-percent}; ADR 0036). After
 * every movement the {@link Ledger} asks it to compare the available stock with the minimum, and so does every device
 * event that changes the installed base of a model the part fits and, for the contracts' shares, every contract
 * event: falling below raises one reorder alert (补货预警, with the quantity that brings it back to the minimum) and
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
    private final Contracts contracts;

    MinimumStock(EntityManager entityManager, Outbox outbox, Contracts contracts) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.contracts = contracts;
    }

    /**
     * A location's rule for a part, exactly one of: an absolute minimum, a share of the installed base, the share each
     * device's contract sets ({@code contractShare}).
     */
    public record Rule(Integer minimum, BigDecimal installedBaseShare, boolean contractShare) {

        boolean countsInstalledBase() {
            return minimum == null;
        }
    }

    /** Sets (or changes) the rule, and checks the stock against it at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StockViews.MinimumView set(String partNumber, UUID warehouseId, Rule rule, String by, Stock stock) {
        entityManager.createNativeQuery("""
                        insert into minimum_stock (part_number, warehouse_id, minimum, installed_base_share,
                            contract_share, set_by, set_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (part_number, warehouse_id) do update
                        set minimum = excluded.minimum, installed_base_share = excluded.installed_base_share,
                            contract_share = excluded.contract_share, set_by = excluded.set_by,
                            set_at = excluded.set_at""")
                .setParameter(1, partNumber)
                .setParameter(2, warehouseId)
                .setParameter(3, rule.minimum())
                .setParameter(4, rule.installedBaseShare())
                .setParameter(5, rule.contractShare())
                .setParameter(6, by)
                .setParameter(7, Timestamp.from(Instant.now()))
                .executeUpdate();
        check(partNumber, warehouseId, () -> stock);
        return view(partNumber, warehouseId, stock).orElseThrow();
    }

    /** The location's rule for the part with what it requires now, when it has one. */
    public Optional<StockViews.MinimumView> view(String partNumber, UUID warehouseId, Stock stock) {
        return rule(partNumber, warehouseId).map(rule -> {
            List<InstalledDevice> served = rule.countsInstalledBase() ? served(partNumber, warehouseId) : List.of();
            return new StockViews.MinimumView(partNumber, warehouseId, rule.minimum(), rule.installedBaseShare(),
                    rule.contractShare(), rule.countsInstalledBase() ? InstalledBaseShare.units(served) : null,
                    required(rule, served), stock.available());
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
        int minimum = required(rule, rule.countsInstalledBase() ? served(partNumber, warehouseId) : List.of());
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
                        where (m.installed_base_share is not null or m.contract_share) and pm.model = ?1
                        order by m.part_number, m.warehouse_id""")
                .setParameter(1, model)
                .getResultList();
        checkAll(rules);
    }

    /**
     * A contract was activated (or a new version of it) or terminated: checks again every rule that takes the share
     * each device's contract sets, in the event's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractsChanged() {
        @SuppressWarnings("unchecked")
        List<Object[]> rules = entityManager.createNativeQuery("""
                        select m.part_number, m.warehouse_id from minimum_stock m where m.contract_share
                        order by m.part_number, m.warehouse_id""")
                .getResultList();
        checkAll(rules);
    }

    private void checkAll(List<Object[]> rules) {
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
                        select minimum, installed_base_share, contract_share from minimum_stock
                        where part_number = ?1 and warehouse_id = ?2""")
                .setParameter(1, partNumber)
                .setParameter(2, warehouseId)
                .getResultList();
        return rules.stream().findFirst().map(row -> new Rule(row[0] == null ? null : ((Number) row[0]).intValue(),
                row[1] == null ? null : new BigDecimal(((BigDecimal) row[1]).stripTrailingZeros().toPlainString()),
                (Boolean) row[2]));
    }

    /** What the rule requires of the devices the location serves. */
    private int required(Rule rule, List<InstalledDevice> served) {
        if (rule.minimum() != null) {
            return rule.minimum();
        }
        if (rule.installedBaseShare() != null) {
            return new InstalledBaseShare(rule.installedBaseShare()).required(InstalledBaseShare.units(served));
        }
        Instant now = Instant.now();
        return InstalledBaseShare.required(served.stream().collect(Collectors.groupingBy(
                device -> new InstalledBaseShare(contracts.minimumLocalStockPercent(device.serialNumber(),
                        device.customerOrganisation(), now)),
                Collectors.summingLong(InstalledDevice::quantity))));
    }

    /**
     * The installed devices of the models the part fits at the sites the location serves (ADR 0034), each with the
     * quantity its registration gave (ADR 0036).
     */
    private List<InstalledDevice> served(String partNumber, UUID warehouseId) {
        Part part = Part.findById(partNumber);
        Warehouse warehouse = Warehouse.findById(warehouseId);
        if (part.fitsModels.isEmpty()) {
            return List.of();
        }
        List<InstalledDevice> devices = entityManager.createQuery("""
                        select d.serialNumber, d.model, d.customerOrganisation, d.replacedBySerial, q.quantity
                        from KnownDevice d left join KnownDeviceQuantity q on q.serialNumber = d.serialNumber
                        where d.model in ?1""", Object[].class)
                .setParameter(1, part.fitsModels)
                .getResultStream()
                .map(row -> new InstalledDevice((String) row[0], (String) row[1], (String) row[2], row[3] != null,
                        row[4] == null ? 1 : (Integer) row[4]))
                .toList();
        return InstalledBaseShare.served(devices, part.fitsModels, warehouse.organisation);
    }

    private Stock stock(String partNumber, UUID warehouseId) {
        StockLevel level = entityManager.find(StockLevel.class, new StockLevel.Key(partNumber, warehouseId));
        return level == null ? Stock.NONE : new Stock(level.onHand, level.reserved, level.inTransit);
    }
}
