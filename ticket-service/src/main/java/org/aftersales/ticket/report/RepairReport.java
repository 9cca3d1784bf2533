package org.aftersales.ticket.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 维修报告 (seed 001): what the engineer found and did on a resolved ticket. Its report time (报修时间) is the
 * ticket's registration; once the customer confirmed it, it is frozen.
 */
@Entity
@Table(name = "repair_report")
public class RepairReport extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    /** 到场时间: when the engineer arrived on site; absent when it was solved by phone or remotely. */
    @Column(name = "arrived_at")
    public Instant arrivedAt;

    /** 故障原因. */
    @Column(nullable = false)
    public String cause;

    /** 维修措施. */
    @Column(nullable = false)
    public String measures;

    /** 系统恢复时间. */
    @Column(name = "restored_at", nullable = false)
    public Instant restoredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "repair_report_part", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "position")
    public List<RepairReportPart> partsUsed = new ArrayList<>();

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The name of who confirmed it for the customer (签字). */
    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** The user who recorded the confirmation: the customer themself, or an agent on their behalf. */
    @Column(name = "confirmation_recorded_by")
    public String confirmationRecordedBy;

    @Version
    public long version;

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
