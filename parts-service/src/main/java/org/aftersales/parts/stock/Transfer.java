package org.aftersales.parts.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 调拨: stock on its way from one location to another, in transit until it is received. */
@Entity
@Table(name = "transfer")
public class Transfer extends PanacheEntityBase {

    public enum Status { IN_TRANSIT, RECEIVED }

    @Id
    public UUID id;

    @Column(name = "part_number", nullable = false, updatable = false)
    public String partNumber;

    @Column(name = "from_warehouse_id", nullable = false, updatable = false)
    public UUID fromWarehouseId;

    @Column(name = "to_warehouse_id", nullable = false, updatable = false)
    public UUID toWarehouseId;

    @Column(nullable = false, updatable = false)
    public int quantity;

    @Column(updatable = false)
    public String reason;

    @Column(name = "ticket_id", updatable = false)
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "sent_by", nullable = false, updatable = false)
    public String sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Version
    public long version;

    /** A transfer as the API shows it. */
    public record View(
            @Schema(description = "The transfer's id", required = true) UUID id,
            @Schema(description = "The part transferred") String partNumber,
            @Schema(description = "The location it leaves", required = true) UUID fromWarehouseId,
            @Schema(description = "The location it goes to", required = true) UUID toWarehouseId,
            @Schema(description = "How many are transferred") int quantity,
            @Schema(description = "The serial numbers of the units transferred, for a serial-tracked part; empty "
                    + "otherwise") List<String> serialNumbers,
            @Schema(description = "Why; null when not given") String reason,
            @Schema(description = "The ticket it serves; null when none", nullable = true) UUID ticketId,
            @Schema(description = "Whether it is in transit or received", required = true) Status status,
            @Schema(description = "Who sent it") String sentBy,
            @Schema(description = "When it was sent", required = true) Instant sentAt,
            @Schema(description = "Who received it; null while in transit") String receivedBy,
            @Schema(description = "When it was received; null while in transit", nullable = true) Instant receivedAt) {
    }

    View view(List<String> serialNumbers) {
        return new View(id, partNumber, fromWarehouseId, toWarehouseId, quantity, serialNumbers, reason, ticketId,
                status, sentBy, sentAt, receivedBy, receivedAt);
    }
}
