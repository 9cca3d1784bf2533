package org.aftersales.parts.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A ledger entry, for reading: the {@link Ledger} writes them and nothing changes them. */
@Entity
@Immutable
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    public UUID id;

    public long sequence;

    @Column(name = "part_number")
    public String partNumber;

    @Column(name = "warehouse_id")
    public UUID warehouseId;

    @Enumerated(EnumType.STRING)
    public MovementKind kind;

    public int quantity;

    @Column(name = "on_hand_change")
    public int onHandChange;

    @Column(name = "reserved_change")
    public int reservedChange;

    @Column(name = "in_transit_change")
    public int inTransitChange;

    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "transfer_id")
    public UUID transferId;

    @Column(name = "replenishment_order_id")
    public UUID replenishmentOrderId;

    @Column(name = "serial_number")
    public String serialNumber;

    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
