package org.aftersales.parts.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.aftersales.parts.stock.StockViews.Difference;
import org.aftersales.parts.stock.StockViews.ReconciliationView;
import org.aftersales.parts.stock.StockViews.UnitDifference;

/**
 * 对账: proves that every stock level is the sum of its ledger entries, and that the units of serial-tracked parts on
 * hand and in transit at each location are as many as those entries say; names those that are not.
 */
@ApplicationScoped
public class Reconciliation {

    private final EntityManager entityManager;

    Reconciliation(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public ReconciliationView run() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        with ledger as (
                            select part_number, warehouse_id, sum(on_hand_change) as on_hand,
                                sum(reserved_change) as reserved, sum(in_transit_change) as in_transit
                            from stock_movement group by part_number, warehouse_id)
                        select coalesce(s.part_number, l.part_number), coalesce(s.warehouse_id, l.warehouse_id),
                            coalesce(s.on_hand, 0), coalesce(s.reserved, 0), coalesce(s.in_transit, 0),
                            coalesce(l.on_hand, 0), coalesce(l.reserved, 0), coalesce(l.in_transit, 0)
                        from stock_level s full join ledger l
                            on s.part_number = l.part_number and s.warehouse_id = l.warehouse_id
                        where coalesce(s.on_hand, 0) <> coalesce(l.on_hand, 0)
                           or coalesce(s.reserved, 0) <> coalesce(l.reserved, 0)
                           or coalesce(s.in_transit, 0) <> coalesce(l.in_transit, 0)
                        order by 1, 2""")
                .getResultList();
        List<Difference> differences = rows.stream().map(row -> new Difference((String) row[0], (UUID) row[1],
                new Stock(number(row[2]), number(row[3]), number(row[4])),
                new Stock(number(row[5]), number(row[6]), number(row[7])))).toList();
        long levels = ((Number) entityManager.createNativeQuery("select count(*) from stock_level").getSingleResult())
                .longValue();
        long entries = ((Number) entityManager.createNativeQuery("select count(*) from stock_movement")
                .getSingleResult()).longValue();
        long units = ((Number) entityManager.createNativeQuery("select count(*) from stock_unit").getSingleResult())
                .longValue();
        List<UnitDifference> unitDifferences = unitDifferences();
        return new ReconciliationView(differences.isEmpty() && unitDifferences.isEmpty(), levels, entries, units,
                differences, unitDifferences);
    }

    /** Each serial-tracked part and location whose units on hand or in transit are not what its entries add up to. */
    @SuppressWarnings("unchecked")
    private List<UnitDifference> unitDifferences() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        with ledger as (
                            select m.part_number, m.warehouse_id, sum(m.on_hand_change) as on_hand,
                                sum(m.in_transit_change) as in_transit
                            from stock_movement m join part p on p.part_number = m.part_number
                            where p.serial_tracked group by m.part_number, m.warehouse_id),
                        units as (
                            select part_number, warehouse_id,
                                count(*) filter (where state in ('IN_STOCK', 'RESERVED')) as on_hand,
                                count(*) filter (where state = 'IN_TRANSIT') as in_transit
                            from stock_unit group by part_number, warehouse_id)
                        select coalesce(l.part_number, u.part_number), coalesce(l.warehouse_id, u.warehouse_id),
                            coalesce(l.on_hand, 0), coalesce(u.on_hand, 0), coalesce(l.in_transit, 0),
                            coalesce(u.in_transit, 0)
                        from ledger l full join units u
                            on l.part_number = u.part_number and l.warehouse_id = u.warehouse_id
                        where coalesce(l.on_hand, 0) <> coalesce(u.on_hand, 0)
                           or coalesce(l.in_transit, 0) <> coalesce(u.in_transit, 0)
                        order by 1, 2""")
                .getResultList();
        return rows.stream().map(row -> new UnitDifference((String) row[0], (UUID) row[1], number(row[2]),
                number(row[3]), number(row[4]), number(row[5]))).toList();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
