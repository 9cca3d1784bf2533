package org.aftersales.parts.reservation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.aftersales.parts.stock.StockRefusal;
import org.aftersales.parts.warehouse.WarehouseKind;
import org.aftersales.platform.observability.SuiteMetrics;

/**
 * Counts the reservations the ledger refused in {@code aftersales.reservations.refused}, tagged by why
 * ({@code reason}) and the kind of location ({@code warehouse.kind}: a bounded set, unlike warehouse ids). Every
 * pair exists from the start at 0, so the first refusal already shows as an increase.
 */
@Startup
@ApplicationScoped
class ReservationRefusals {

    private final MeterRegistry registry;

    ReservationRefusals(MeterRegistry registry) {
        this.registry = registry;
        for (StockRefusal.Reason reason : StockRefusal.Reason.values()) {
            for (WarehouseKind kind : WarehouseKind.values()) {
                counter(reason, kind);
            }
        }
    }

    void count(StockRefusal refusal, WarehouseKind kind) {
        counter(refusal.reason(), kind).increment();
    }

    private Counter counter(StockRefusal.Reason reason, WarehouseKind kind) {
        return registry.counter(SuiteMetrics.RESERVATIONS_REFUSED, "reason", reason.name(),
                "warehouse.kind", kind.name());
    }
}
