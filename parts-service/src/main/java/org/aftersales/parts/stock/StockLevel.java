package org.aftersales.parts.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The stock of a part at a location, for reading: only the {@link Ledger} changes it. */
@Entity
@Immutable
@Table(name = "stock_level")
@IdClass(StockLevel.Key.class)
public class StockLevel {

    @Id
    @Column(name = "part_number")
    public String partNumber;

    @Id
    @Column(name = "warehouse_id")
    public UUID warehouseId;

    @Column(name = "on_hand")
    public int onHand;

    public int reserved;

    @Column(name = "in_transit")
    public int inTransit;

    public record Key(String partNumber, UUID warehouseId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
