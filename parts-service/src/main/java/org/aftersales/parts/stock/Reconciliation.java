package org.aftersales.parts.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.aftersales.parts.stock.StockViews.Difference;
import org.aftersales.parts.stock.StockViews.ReconciliationView;

/** 对账: proves that every stock level is the sum of its ledger entries, and names those that are not. */
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
        return new ReconciliationView(differences.isEmpty(), levels, entries, differences);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
