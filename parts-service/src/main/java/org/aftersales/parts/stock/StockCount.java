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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /**
     * A counted part: what the books said when the count opened, what was found, and the difference; for a
     * serial-tracked part also the units the books hold that were not found, and those found the books do not hold.
     */
    public record Line(
            @Schema(description = "The part counted") String partNumber,
            @Schema(description = "What the books said when the count opened") int book,
            @Schema(description = "What was found on the shelf") int counted,
            @Schema(description = "Counted minus book") int variance,
            @Schema(description = "Serial-tracked part: the serial numbers on hand in the books that were not found; "
                    + "empty otherwise") List<String> missingSerials,
            @Schema(description = "Serial-tracked part: the serial numbers found that the books do not hold on hand "
                    + "here; empty otherwise") List<String> unexpectedSerials,
            @Schema(description = "Who counted it") String countedBy,
            @Schema(description = "When it was counted", required = true) Instant countedAt) {
    }

    /** A count as the API shows it. */
    public record View(
            @Schema(description = "The count's id", required = true) UUID id,
            @Schema(description = "The location counted", required = true) UUID warehouseId,
            @Schema(description = "Whether the count is open or approved", required = true) Status status,
            @Schema(description = "Who opened it") String openedBy,
            @Schema(description = "When it was opened", required = true) Instant openedAt,
            @Schema(description = "Who approved it; null while open") String approvedBy,
            @Schema(description = "When it was approved; null while open", nullable = true) Instant approvedAt,
            @Schema(description = "The parts counted so far") List<Line> lines) {
    }

    /**
     * The body of {@code PUT /api/v1/stock/counts/{id}/lines/{partNumber}}: what was found on the shelf, by quantity,
     * or for a serial-tracked part by serial number.
     */
    public record Counted(
            @Schema(description = "How many were found on the shelf: required unless the part is serial-tracked, "
                    + "then optional and the number of serialNumbers") @Min(0) @Max(1_000_000) Integer counted,
            @Schema(description = "Serial-tracked part, and only then: the serial number of each unit found, each "
                    + "once", examples = "[\"PSU-SN-0451\"]")
            @Size(max = 10_000) List<@NotBlank @Size(max = 100) String> serialNumbers) {
    }

    /** The body of {@code POST /api/v1/stock/counts}: the location to count. */
    public record NewCount(@Schema(description = "The location to count", required = true) @NotNull UUID warehouseId) {
    }
}
