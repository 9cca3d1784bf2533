package org.aftersales.parts.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 盘点: a count of one location's stock, its lines, and the adjustments its approval writes into the ledger. */
@Entity
@Table(name = "stock_count")
public class StockCount extends PanacheEntityBase {

    public enum Status { OPEN, APPROVED }

    @Id
    public UUID id;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    public UUID warehouseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "opened_by", nullable = false, updatable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Version
    public long version;

    /** A counted part: what the books said when the count opened, what was found, and the difference. */
    public record Line(String partNumber, int book, int counted, int variance, String countedBy, Instant countedAt) {
    }

    /** A count as the API shows it. */
    public record View(UUID id, UUID warehouseId, Status status, String openedBy, Instant openedAt, String approvedBy,
            Instant approvedAt, List<Line> lines) {
    }

    /** The body of {@code PUT /api/v1/stock/counts/{id}/lines/{partNumber}}: what was found on the shelf. */
    public record Counted(@NotNull @Min(0) @Max(1_000_000) Integer counted) {
    }

    /** The body of {@code POST /api/v1/stock/counts}: the location to count. */
    public record NewCount(@NotNull UUID warehouseId) {
    }
}
