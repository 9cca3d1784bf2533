package org.aftersales.parts.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A unit of a serial-tracked part, for reading: only the {@link Ledger} moves it ({@link StockUnits}). */
@Entity
@Immutable
@Table(name = "stock_unit")
@IdClass(StockUnit.Key.class)
public class StockUnit {

    @Id
    @Column(name = "part_number")
    public String partNumber;

    @Id
    @Column(name = "serial_number")
    public String serialNumber;

    @Column(name = "warehouse_id")
    public UUID warehouseId;

    @Enumerated(EnumType.STRING)
    public UnitState state;

    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "transfer_id")
    public UUID transferId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public record Key(String partNumber, String serialNumber) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
