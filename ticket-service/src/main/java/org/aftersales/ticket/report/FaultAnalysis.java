package org.aftersales.ticket.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** 故障分析报告 (seed 000): after the fault is cleared, its cause and how to avoid it in future. */
@Entity
@Table(name = "fault_analysis")
public class FaultAnalysis extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    /** 故障原因. */
    @Column(nullable = false)
    public String cause;

    /** 日后如何避免: how to prevent it. */
    @Column(nullable = false)
    public String prevention;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
