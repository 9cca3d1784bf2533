package org.aftersales.parts.warehouse;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A warehouse as the API shows it. */
public record WarehouseView(
        @Schema(description = "The location's id", required = true) UUID id,
        @Schema(description = "The location's code") String code,
        @Schema(description = "The location's name") String name,
        @Schema(description = "What kind of location it is", required = true) WarehouseKind kind,
        @Schema(description = "The partner organisation that holds it; null for the company's own locations") String organisation,
        @Schema(description = "The region it serves") String region,
        @Schema(description = "Its address") String address,
        @Schema(description = "The engineer whose van stock it is; null for other locations") String engineer,
        @Schema(description = "When it was created", required = true) Instant createdAt) {

    static WarehouseView of(Warehouse w) {
        return new WarehouseView(w.id, w.code, w.name, w.kind, w.organisation, w.region, w.address, w.engineer,
                w.createdAt);
    }
}
