package org.aftersales.parts.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** 补货预警: available stock of a part at a location fell below its minimum; {@link MinimumStock} writes them. */
@Entity
@Immutable
@Table(name = "reorder_alert")
public class ReorderAlert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "part_number")
    public String partNumber;

    @Column(name = "warehouse_id")
    public UUID warehouseId;

    public int available;

    public int minimum;

    @Column(name = "suggested_quantity")
    public int suggestedQuantity;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "cleared_at")
    public Instant clearedAt;
}
