package org.aftersales.complaint.handling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of a complaint: who, when and why. {@code action} is a {@link ComplaintAction}, {@code ESCALATE},
 * {@code FLAG_URGENT} or {@code REPORT_REGULATOR}.
 */
@Entity
@Table(name = "complaint_change")
public class ComplaintChange extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "complaint_id", nullable = false, updatable = false)
    public UUID complaintId;
    @Column(nullable = false, updatable = false)
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    public ComplaintStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public ComplaintStatus toStatus;
    @Column(updatable = false)
    public String reason;
    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;
    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    static void record(Complaint complaint, String action, ComplaintStatus from, String reason, String by, Instant at) {
        ComplaintChange change = new ComplaintChange();
        change.id = UUID.randomUUID();
        change.complaintId = complaint.id;
        change.action = action;
        change.fromStatus = from;
        change.toStatus = complaint.status;
        change.reason = reason;
        change.changedBy = by;
        change.changedAt = at;
        change.persist();
    }
}
