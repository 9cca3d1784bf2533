package org.aftersales.complaint.handling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the managed list of root causes (根本原因) that statistics count by. */
@Entity
@Table(name = "root_cause")
public class RootCause extends PanacheEntityBase {

    @Id
    public String code;
    @Column(nullable = false)
    public String label;
    @Column(nullable = false)
    public boolean active = true;
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
