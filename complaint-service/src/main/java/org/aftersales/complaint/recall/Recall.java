package org.aftersales.complaint.recall;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 召回: the recall of the devices of some production batches and models. */
@Entity
@Table(name = "recall")
public class Recall extends PanacheEntityBase {

    /** OPEN while devices are being fixed or collected; CLOSED by a manager. */
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    public UUID id;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lot_numbers", nullable = false, updatable = false)
    public List<String> lotNumbers;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    public List<String> models;
    @Column(nullable = false, updatable = false)
    public String reason;
    @Column(nullable = false, updatable = false)
    public String remedy;
    @Column(nullable = false, updatable = false)
    public Instant deadline;
    /** The complaint it started from, when it did. */
    @Column(name = "complaint_id", updatable = false)
    public UUID complaintId;
    @Column(nullable = false)
    public String status;
    @Column(name = "affected_devices", nullable = false)
    public int affectedDevices;
    @Column(name = "started_by", nullable = false, updatable = false)
    public String startedBy;
    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "close_reason")
    public String closeReason;
    @Version
    public long version;
}
