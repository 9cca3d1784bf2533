package org.aftersales.parts.warehouse;

import java.time.Instant;
import java.util.UUID;

/** A warehouse as the API shows it. */
public record WarehouseView(UUID id, String code, String name, WarehouseKind kind, String organisation, String region,
        String address, String engineer, Instant createdAt) {

    static WarehouseView of(Warehouse w) {
        return new WarehouseView(w.id, w.code, w.name, w.kind, w.organisation, w.region, w.address, w.engineer,
                w.createdAt);
    }
}
